/**
 * Every UI string, in English and Spanish. The base files hold the shell; each part under parts/ holds one
 * area's strings under its own top-level keys (a part never repeats another's key: i18n.test.ts checks).
 */
import baseEn from './en.json';
import baseEs from './es.json';
import identificationEn from './parts/identification.en.json';
import identificationEs from './parts/identification.es.json';
import importsEn from './parts/imports.en.json';
import importsEs from './parts/imports.es.json';
import instrumentsEn from './parts/instruments.en.json';
import instrumentsEs from './parts/instruments.es.json';
import personsEn from './parts/persons.en.json';
import personsEs from './parts/persons.es.json';
import reportsEn from './parts/reports.en.json';
import reportsEs from './parts/reports.es.json';
import screeningResultEn from './parts/screeningResult.en.json';
import screeningResultEs from './parts/screeningResult.es.json';
import screeningsEn from './parts/screenings.en.json';
import screeningsEs from './parts/screenings.es.json';
import vocabEn from './parts/vocab.en.json';
import vocabEs from './parts/vocab.es.json';
import youthEn from './parts/youth.en.json';
import youthEs from './parts/youth.es.json';

export const PARTS = {
  en: [
    baseEn,
    vocabEn,
    youthEn,
    reportsEn,
    personsEn,
    importsEn,
    identificationEn,
    screeningsEn,
    screeningResultEn,
    instrumentsEn,
  ],
  es: [
    baseEs,
    vocabEs,
    youthEs,
    reportsEs,
    personsEs,
    importsEs,
    identificationEs,
    screeningsEs,
    screeningResultEs,
    instrumentsEs,
  ],
} as const;

export const en = {
  ...baseEn,
  ...vocabEn,
  ...youthEn,
  ...reportsEn,
  ...personsEn,
  ...importsEn,
  ...identificationEn,
  ...screeningsEn,
  ...screeningResultEn,
  ...instrumentsEn,
};
export const es = {
  ...baseEs,
  ...vocabEs,
  ...youthEs,
  ...reportsEs,
  ...personsEs,
  ...importsEs,
  ...identificationEs,
  ...screeningsEs,
  ...screeningResultEs,
  ...instrumentsEs,
};
