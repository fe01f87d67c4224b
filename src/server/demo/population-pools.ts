/**
 * Word pools for the synthetic population (population.ts). Every name here is invented for Lantern — built
 * from made-up syllables so that no generated youth or person of interest is a real one — and every place,
 * school and organisation says "Demo". A handful of names carry accents and a few surnames are hyphenated,
 * so that search has accents, punctuation and word order to be tolerant of.
 */

/** Invented given names (some accented), used as they are for a third of the youth. */
export const FIRST_NAMES = [
  'Adrivel',
  'Alsora',
  'Amarú',
  'Belvio',
  'Brennick',
  'Calvessa',
  'Camdrel',
  'Corivan',
  'Daviro',
  'Delmira',
  'Dovrel',
  'Élvana',
  'Emberlo',
  'Ervanne',
  'Faelin',
  'Felisko',
  'Galvina',
  'Gorvan',
  'Halvie',
  'Hesperio',
  'Ilvaro',
  'Isolvé',
  'Jandrel',
  'Jovessa',
  'Kalvio',
  'Kestrine',
  'Lavrio',
  'Lunéa',
  'Marvelo',
  'Mirvane',
  'Navrel',
  'Nessio',
  'Orvalie',
  'Osrivan',
  'Palvina',
  'Quenlo',
  'Quorina',
  'Ravesto',
  'Rilvane',
  'Sélvio',
  'Sorvena',
  'Tavién',
  'Tarvessa',
  'Ulvino',
  'Umbrelle',
  'Varekko',
  'Velnora',
  'Wendrio',
  'Wyvessa',
  'Xandrel',
  'Yarvia',
  'Yselvo',
  'Zandrio',
  'Zelvani',
  'Oriñe',
  'Brisvane',
  'Cádrio',
  'Dalvessa',
  'Fenrio',
  'Gilvora',
  'Harvelo',
  'Jessavo',
  'Korvane',
  'Lisvero',
  'Morvessa',
  'Nalvio',
  'Pervanne',
  'Rosvani',
  'Sallvio',
  'Tesvora',
  'Vandrelo',
  'Zorvessa',
] as const;

/** Given names are also composed: a start and an end (30 × 16), so that a county of thousands has variety. */
export const GIVEN_STARTS = [
  'Al',
  'Bri',
  'Cal',
  'Dav',
  'El',
  'Fae',
  'Gil',
  'Hal',
  'Il',
  'Jov',
  'Kal',
  'Lun',
  'Mir',
  'Nal',
  'Or',
  'Pal',
  'Quor',
  'Rav',
  'Sel',
  'Tav',
  'Ulv',
  'Vel',
  'Wyn',
  'Xan',
  'Yss',
  'Zel',
  'Ama',
  'Bel',
  'Cor',
  'Dov',
] as const;
export const GIVEN_ENDS = [
  'vessa',
  'drel',
  'vio',
  'vane',
  'sora',
  'mira',
  'vrel',
  'ssio',
  'vina',
  'rivan',
  'véa',
  'ssane',
  'nore',
  'ndria',
  'varo',
  'réo',
] as const;

/**
 * Invented surnames: stem + link + ending (40 × 12 × 30 = 14,400), long enough that two surnames sharing
 * one part are not "similar" to the trigram search — as with real surnames, a search narrows to a few.
 */
export const SURNAME_STEMS = [
  'Bel',
  'Cor',
  'Dun',
  'Esk',
  'Fal',
  'Gor',
  'Hol',
  'Isk',
  'Jar',
  'Kes',
  'Lor',
  'Nev',
  'Orv',
  'Pel',
  'Quen',
  'Rho',
  'Sor',
  'Tar',
  'Ulv',
  'Ves',
  'Wen',
  'Yar',
  'Zel',
  'Brev',
  'Cald',
  'Drem',
  'Fenn',
  'Gald',
  'Thal',
  'Vorn',
  'Kell',
  'Mip',
  'Nox',
  'Pim',
  'Rusk',
  'Sab',
  'Tov',
  'Wex',
  'Zan',
  'Amb',
] as const;
export const SURNAME_LINKS = ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'il', 'ov', 'um', 'eb', 'os'] as const;
export const SURNAME_ENDINGS = [
  'mire',
  'brook',
  'lund',
  'holt',
  'quay',
  'varo',
  'velle',
  'stra',
  'nay',
  'sca',
  'dore',
  'mba',
  'zari',
  'lda',
  'éndo',
  'rún',
  'ñez',
  'vette',
  'ssan',
  'lmar',
  'dine',
  'moor',
  'rosa',
  'vane',
  'tresk',
  'quin',
  'fold',
  'wick',
  'zade',
  'lorn',
] as const;

/** Every given name the generator can produce. */
export function allGivenNames(): Set<string> {
  return new Set<string>([...FIRST_NAMES, ...GIVEN_STARTS.flatMap((s) => GIVEN_ENDS.map((e) => s + e))]);
}

/** Every (unhyphenated) surname the generator can produce. */
export function allSurnames(): Set<string> {
  return new Set(
    SURNAME_STEMS.flatMap((s) => SURNAME_LINKS.flatMap((l) => SURNAME_ENDINGS.map((e) => s + l + e))),
  );
}

/** Nicknames a youth is known by (monikers and AKAs). */
export const YOUTH_MONIKERS = [
  'Sky',
  'Nova',
  'Blue',
  'Tiko',
  'Sunny',
  'Pip',
  'Jett',
  'Roo',
  'Kit',
  'Moxie',
  'Ziggy',
  'Echo',
  'Dash',
  'Pixel',
  'Lark',
  'Bean',
] as const;

/** Street names the persons of interest go by. */
export const PERSON_MONIKERS = [
  'Ace',
  'Boss Vee',
  'Cash',
  'Duke',
  'Shade',
  'Prince K',
  'Lucky',
  'Smoke',
  'Tank',
  'Slick',
  'Coach',
  'Uncle Dee',
  'Money Z',
  'Red',
] as const;

export const SCHOOL_KINDS = [
  'Middle School',
  'High School',
  'Continuation School',
  'Charter Academy',
] as const;

/** Places where exploitation happened: all obviously fictional. */
export const PLACES = [
  'Demo Motel on Example Avenue',
  'Apartment on Sample Street (demo address)',
  'Demo Truck Stop off Highway 0',
  'Demo Farm Labor Camp',
  'Back room of Demo Nail Salon',
  'Demo Restaurant kitchen',
  'House party on Placeholder Lane',
  'Demo Shopping Center parking lot',
  'Demo Massage Parlor',
  'Construction site on Fictional Road',
  'Demo Flea Market',
  'Online only (no physical place known)',
] as const;

export const OTHER_EXPLOITATION = [
  'Used to obtain public benefits for an adult (demo example)',
  'Pressured into an arranged marriage (demo example)',
  'Made to take part in fraudulent fundraising (demo example)',
] as const;

export const COUNTRIES_OF_BIRTH = [
  'Mexico',
  'Guatemala',
  'Honduras',
  'El Salvador',
  'Philippines',
  'Vietnam',
  'China',
  'India',
  'Ukraine',
] as const;

export const TATTOOS = [
  { description: 'Small crown with initials', origin: 'branding_by_exploiter' },
  { description: 'Barcode with numbers', origin: 'branding_by_exploiter' },
  { description: 'Dollar sign', origin: 'forced_or_pressured' },
  { description: 'Butterfly', origin: 'chosen_by_youth' },
  { description: 'Name in script (a moniker)', origin: 'forced_or_pressured' },
  { description: 'Star outline', origin: 'chosen_by_youth' },
  { description: 'Rose with thorns', origin: 'unknown' },
] as const;

export const BODY_LOCATIONS = [
  'Left wrist',
  'Neck',
  'Lower back',
  'Right forearm',
  'Ankle',
  'Chest',
] as const;

export const LANGUAGE_SETS = [
  { languages: ['en'], weight: 62, interpreter: false },
  { languages: ['es', 'en'], weight: 22, interpreter: false },
  { languages: ['es'], weight: 8, interpreter: true },
  { languages: ['mam', 'es'], weight: 2, interpreter: true },
  { languages: ['vi', 'en'], weight: 2, interpreter: false },
  { languages: ['tl', 'en'], weight: 2, interpreter: false },
  { languages: ['zh'], weight: 1, interpreter: true },
  { languages: ['uk'], weight: 1, interpreter: true },
] as const;

/** What the reporter described, by category or exploitation sub-category. */
export const CONCERNS: Record<string, readonly string[]> = {
  commercial_sexual_exploitation: [
    'was being sent to meet adults for money through posts arranged online',
    'was staying with an older "boyfriend" who controlled where the youth went and who the youth saw',
    'was seen at a motel late at night with adults who were not family',
  ],
  exploiting_childs_labor: [
    'was working long hours without pay to repay a debt for travel',
    'was kept home from school to work for an employer who holds the youth’s documents',
    'was selling goods door to door for a crew and handing over all the money',
  ],
  involving_child_in_criminal_activity: [
    'was being made to sell drugs for an adult who threatened the youth’s family',
    'was pressured by older peers to steal from stores and hand over what was taken',
    'was carrying packages across county lines for an adult',
  ],
  other_exploitation: ['was being used by an adult to obtain money in the youth’s name'],
  sexual_abuse: ['disclosed sexual contact by an adult in the home'],
  physical_abuse: ['had unexplained injuries and said an adult hit the youth'],
  severe_neglect: ['was found without food or medical care for an extended time'],
  general_neglect: ['was often left without supervision or food'],
  emotional_abuse: ['described constant threats and humiliation at home'],
  caretaker_absence: ['was left with no caregiver after a parent’s arrest'],
  at_risk_sibling_abused: ['has a sibling who was abused in the same home'],
  substantial_risk: ['lives in a home where an adult with a history of harm has returned'],
};

export const CONTACT_NOTES: Record<string, readonly string[]> = {
  face_to_face: [
    'Met the youth at school. The youth talked about friends and sleep, and agreed to meet again next week.',
    'Home visit with the youth and caregiver. Reviewed the safety plan together; the youth chose two safe contacts.',
    'Met the youth at the placement. The youth asked about getting a phone back and about school credits.',
  ],
  phone: [
    'Phone call with the youth. The youth said things were calmer and asked for bus passes.',
    'Called the caregiver to confirm the medical appointment and transport.',
  ],
  collateral: [
    'Spoke with the school counselor about attendance and a referral to the advocate program.',
    'Collateral call with the probation officer to coordinate the next court date.',
    'Spoke with the community advocate, who will meet the youth this week.',
  ],
  observation: [
    'Observed the youth with an older adult in a car outside the placement late at night.',
    'Observed new expensive items and a second phone in the youth’s room.',
  ],
  other: ['Received records from the medical clinic and added them to the file.'],
};
