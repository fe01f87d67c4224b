import { useState, type FormEvent, type ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import { isApiError } from '@web/api/client';
import { ApiErrorAlert, Loading } from '@web/ui/alerts';
import { SelectField } from '@web/ui/fields';
import { NotFoundPage } from '@web/ui/NotFoundPage';
import { PageHeading } from '@web/ui/PageHeading';
import { networkQueryOptions, type Network } from './api';
import { countOthers } from './connections';
import './persons.css';
import { NetworkDiagram } from './NetworkDiagram';
import { NetworkTable } from './NetworkTable';
import { NodeLink } from './RecordLinks';

const route = getRouteApi('/session/signed-in/network');
const DEFAULT_DEPTH = 2;

/** Who is connected to a youth or a person of interest: a diagram and, for every connection, a table row. */
export function NetworkPage(): ReactElement {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const started = Boolean(search.youthId || search.personId);
  const network = useQuery({ ...networkQueryOptions(search), enabled: started });

  if (!started) {
    return (
      <>
        <PageHeading title={t('persons.network.title')} />
        <p className="usa-intro">{t('persons.network.start')}</p>
        <p>
          <Link to="/persons" className="usa-link">
            {t('persons.title')}
          </Link>
        </p>
      </>
    );
  }
  if (network.isPending) return <Loading />;
  if (isApiError(network.error, 404)) return <NotFoundPage />;
  if (network.isError) {
    return (
      <>
        <PageHeading title={t('persons.network.title')} />
        <ApiErrorAlert error={network.error} />
      </>
    );
  }
  return (
    <NetworkView
      network={network.data}
      onDepth={(depth) =>
        navigate({ search: { ...search, depth: depth === DEFAULT_DEPTH ? undefined : depth } })
      }
    />
  );
}

function NetworkView({ network, onDepth }: { network: Network; onDepth: (depth: number) => void }) {
  const { t } = useTranslation();
  const root = network.nodes.find((n) => n.key === network.root);
  const others = countOthers(network);
  const name = root?.label ?? '';
  return (
    <>
      <PageHeading title={t('persons.network.titleFor', { name })} />
      <p className="usa-intro">{t('persons.network.intro')}</p>
      {root && (
        <p>
          {t('persons.network.startedFrom')} <NodeLink node={root} />{' '}
          <span className="lantern-secondary-text">{root.ref}</span>
        </p>
      )}
      <DepthForm key={network.depth} depth={network.depth} onDepth={onDepth} />
      <p role="status">
        {t('persons.network.summary', { count: network.depth, youth: others.youth, persons: others.persons })}
      </p>
      {network.truncated && (
        <Alert type="warning" headingLevel="h2" slim>
          {t('persons.network.truncated', { max: network.nodes.length })}
        </Alert>
      )}
      {!network.valuesShown && (
        <Alert type="info" headingLevel="h2" slim>
          {t('persons.network.valuesHidden')}
        </Alert>
      )}
      <section aria-labelledby="network-diagram-heading" className="lantern-section">
        <h2 id="network-diagram-heading">{t('persons.network.diagramHeading')}</h2>
        <p className="lantern-secondary-text">{t('persons.network.diagramHint')}</p>
        <NetworkDiagram network={network} />
      </section>
      <section aria-labelledby="network-table-heading" className="lantern-section">
        <h2 id="network-table-heading">{t('persons.network.tableHeading')}</h2>
        <NetworkTable network={network} />
      </section>
    </>
  );
}

function DepthForm({ depth, onDepth }: { depth: number; onDepth: (depth: number) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(depth));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onDepth(Number(value));
  };
  return (
    <Form onSubmit={submit} className="lantern-filters" aria-label={t('persons.network.depthForm')}>
      <SelectField
        id="network-depth"
        label={t('persons.network.depth')}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      >
        {[1, 2, 3].map((d) => (
          <option key={d} value={d}>
            {t('persons.network.steps', { count: d })}
          </option>
        ))}
      </SelectField>
      <Button type="submit">{t('persons.network.show')}</Button>
    </Form>
  );
}
