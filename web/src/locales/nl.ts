import type { Messages } from '../i18n/messages.ts'

const nl: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'End-to-end versleuteld in je browser. De server ziet nooit je geheim of de sleutel ervan.',
    about: 'Hoe het werkt',
    language: 'Taal',
    darkTheme: 'Donker thema',
  },
  units: {
    characters: { one: '{count} teken', other: '{count} tekens' },
    times: { one: 'één keer', other: '{count} keer' },
    views: { one: '{count} weergave', other: '{count} weergaven' },
    attemptsLeft: { one: 'nog {count} poging', other: 'nog {count} pogingen' },
    wrongPassphrases: {
      one: '{count} verkeerde wachtzin',
      other: '{count} verkeerde wachtzinnen',
    },
    files: { one: '{count} bestand', other: '{count} bestanden' },
  },
  create: {
    title: 'Deel een geheim',
    intro:
      'Je geheim wordt in deze browser versleuteld voordat het wordt verstuurd. Je krijgt een link die het één keer opent, daarna is het weg.',
    secretLabel: 'Geheim',
    secretPlaceholder: 'Plak een wachtwoord, een sleutel, een notitie…',
    counter: '{characters} · {size} van {limit}',
    tooLong: 'Te lang: de limiet op deze server is {limit}.',
    empty: 'Typ of plak eerst een geheim.',
    generator: 'Een willekeurig wachtwoord of een wachtzin genereren',
    generatorKind: 'Soort',
    kindPassword: 'Wachtwoord',
    kindPassphrase: 'Wachtzin (woorden)',
    length: 'Lengte',
    characters: 'Tekens',
    words: 'Woorden',
    lowercase: 'Kleine letters a–z',
    uppercase: 'Hoofdletters A–Z',
    digits: 'Cijfers 0–9',
    symbols: 'Symbolen !#$…',
    generate: 'Genereren in het geheimveld',
    generated: 'Gegenereerd in deze browser (ongeveer {bits} bits willekeur).',
    noCharset: 'Kies minstens één tekenset.',
    expiry: 'Verloopt na',
    views: 'Aantal weergaven',
    passphrase: 'Wachtzin (optioneel)',
    passphraseHint:
      'De ontvanger heeft die nodig om het geheim te openen. Stuur hem via een ander kanaal dan de link.',
    notifyEmail: 'Mail me als het geopend wordt (optioneel)',
    notifyEmailHint:
      'Je adres blijft alleen op de server tot die e-mail verstuurd is of het geheim weg is. De e-mail bevat geen link.',
    notifyEmailInvalid: 'Vul een e-mailadres in zoals jij@example.com, of laat het veld leeg.',
    notifyEmailFiles:
      'Een e-mail bij openen werkt alleen voor tekstgeheimen: verwijder de bestanden of het adres.',
    showPassphrase: 'Wachtzin tonen',
    generatePassphrase: 'Een wachtzin genereren',
    submit: 'Link maken',
    encrypting: 'Versleutelen…',
    stretching: 'De wachtzin wordt versterkt (Argon2), dit duurt even…',
  },
  files: {
    legend: 'Bestanden (optioneel)',
    choose: 'Bestanden kiezen…',
    limits:
      'Tot {file} per bestand en {total} in totaal, versleuteld, op deze server. Je kunt ook bestanden op dit formulier slepen.',
    summary: '{files}, {size} in totaal',
    fileTooLarge: 'Te groot: de limiet is {limit} per bestand.',
    nameTooLong: 'De naam is te lang: hooguit 255 bytes.',
    tooMany: 'Te veel bestanden: hooguit {max}.',
    totalTooLarge:
      'Samen te groot: versleuteld nemen het bericht en de bestanden {size} in, en de limiet op deze server is {limit}.',
    fixFiles:
      'Sommige bestanden kunnen niet worden verstuurd: verwijder de gemarkeerde uit de lijst.',
    remove: 'Verwijderen',
    removeNamed: '{name} verwijderen',
    removed: '{name} verwijderd',
    added: 'Toegevoegd: {files}',
    empty: 'Typ eerst een geheim of kies een bestand.',
    cancelled: 'Geannuleerd. Er is niets gedeeld en geen link gemaakt.',
  },
  progress: {
    encrypting: 'Versleutelen',
    uploading: 'Uploaden',
    downloading: 'Downloaden',
    decrypting: 'Ontsleutelen',
    numbers: '{percent} · {done} van {total}',
    speed: '{size}/s',
    announce: '{phase}: {percent}',
    cancel: 'Annuleren',
  },
  created: {
    shareHint:
      'Plak de hele link als platte tekst in een chat of bericht. Sommige mailfilters herschrijven links en leggen daarbij de sleutel bloot; de pagina van de ontvanger waarschuwt daar dan voor.',
    title: 'Je link is klaar',
    announce: 'Link gemaakt',
    shareLabel: 'Deellink',
    notice: 'Hij kan {times} worden geopend tot {date} ({relative}). Daarna is hij voorgoed weg.',
    passphraseReminder: 'Stuur de wachtzin apart, via een ander kanaal.',
    qrLabel: 'QR-code van de deellink',
    qrCaption:
      'Scan hem met de camera van een telefoon om de link daar te openen. Hij bevat ook de sleutel.',
    receiptLabel: 'Privé-ontvangstlink',
    receiptNote:
      'Houd deze voor jezelf: hij laat zien of het geheim is geopend en laat je het eerder vernietigen.',
    another: 'Nog een geheim maken',
    sendByEmail: 'Per e-mail versturen',
    share: 'Delen…',
    sharePassphrase:
      'De wachtzin zit er niet bij: stuur hem op een andere manier naar de ontvanger.',
    mailSubject: 'Een geheim voor jou',
    mailBody:
      'Ik deel een geheim met je. Open deze link in je browser om het te zien. Hij kan {times} worden geopend, tot {date}, daarna is hij weg:',
    mailPassphrase:
      'Om het te openen heb je ook een wachtzin nodig. Die stuur ik je op een andere manier.',
  },
  copy: {
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    shareLink: 'De deellink kopiëren',
    receiptLink: 'De ontvangstlink kopiëren',
    secret: 'Het geheim kopiëren',
    announce: 'Naar het klembord gekopieerd',
    failed:
      'Kopiëren mislukt: de tekst is geselecteerd, druk op Ctrl+C (of ⌘C) om hem te kopiëren.',
  },
  reveal: {
    exposedLink:
      'Deze link is verstuurd met de sleutel zichtbaar: het # was veranderd in %23 (vaak door een mailfilter), dus de sleutel is langs de server gegaan en langs alles onderweg dat adressen logt. Vraag de afzender dit geheim als blootgelegd te beschouwen: het wachtwoord of de sleutel erin te wijzigen en de link de volgende keer als platte tekst in een chat of bericht te sturen.',
    checking: 'Link controleren…',
    title: 'Er wacht een geheim op je',
    viewOnce: 'Het kan één keer worden bekeken. Openen vernietigt het.',
    viewMany: 'Het kan in totaal {times} worden bekeken. De laatste keer openen vernietigt het.',
    expires: 'Beschikbaar tot {date} ({relative}).',
    nothingYet: 'Er wordt niets geopend totdat je op de knop drukt.',
    passphrase: 'Wachtzin',
    passphraseHint: 'De afzender hoort die apart aan je te hebben gegeven.',
    passphraseMissing: 'Vul eerst de wachtzin in.',
    wrongPassphrase: 'Verkeerde wachtzin: {attempts} voordat het geheim wordt vernietigd.',
    submit: 'Het geheim tonen',
    decrypting: 'Ontsleutelen…',
    stretching: 'De wachtzin wordt gecontroleerd (Argon2), dit duurt even…',
    revealedTitle: 'Je geheim',
    announce: 'Geheim getoond',
    textLabel: 'Tekst van het geheim',
    destroyed:
      'Het is van de server verwijderd en deze link werkt niet meer. Kopieer het nu als je het nodig hebt.',
    viewsLeft: 'Deze link kan nog {times} worden geopend, daarna wordt hij verwijderd.',
    clipboardWarning:
      'De geschiedenis van je klembord of klembordsynchronisatie in de cloud kan gekopieerde tekst bewaren.',
    filesLabel: 'Bestanden',
    saveFile: '{name} opslaan ({size})',
    filesNote:
      'Bestanden worden hier nooit geopend: sla ze op en controleer ze voordat je ze opent.',
  },
  receipt: {
    exposedLink:
      'Deze ontvangstlink is verstuurd met het token zichtbaar: het # was veranderd in %23, dus het token is langs de server gegaan en langs alles onderweg dat adressen logt. Wie het zag, kan dit geheim bekijken of vernietigen, en de deellink kan dezelfde weg hebben genomen: vernietig het nu en deel het geheim opnieuw.',
    checking: 'Geheim controleren…',
    active: 'Nog niet geopend',
    partly: 'Geopend, nog beschikbaar',
    viewed: 'Geopend',
    expired: 'Verlopen',
    burned: 'Door jou vernietigd',
    burnedFailures: 'Vernietigd na te veel verkeerde wachtzinnen',
    activeNone: 'Niemand heeft het geheim nog geopend.',
    activeSome: {
      one: 'Tot nu toe {count} keer geopend, van de {max} toegestane.',
      other: 'Tot nu toe {count} keer geopend, van de {max} toegestane.',
    },
    viewedAt: 'Geopend op {date}. Het is nu verwijderd.',
    viewedNoTime: 'Het is geopend en nu verwijderd.',
    expiredDetail: 'Niemand heeft het geopend voordat het verliep. Het is nu verwijderd.',
    burnedDetail: 'Niemand kan het nog openen.',
    failuresDetail:
      'Iemand heeft {passphrases} ingevuld, dus het geheim is ter bescherming vernietigd.',
    created: 'Gemaakt',
    expires: 'Verloopt',
    expiredAt: 'Verlopen',
    failures: 'Verkeerde wachtzinnen',
    when: '{date} ({relative})',
    refresh: 'Vernieuwen',
    refreshed: 'Status bijgewerkt',
    burn: 'Nu vernietigen',
    burnConfirm: 'Het geheim nu vernietigen? De link werkt dan voor niemand meer.',
    burnYes: 'Ja, vernietigen',
    burnNo: 'Annuleren',
    burnedAnnounce: 'Geheim vernietigd',
  },
  split: {
    option: 'Verdelen over meerdere mensen',
    optionHint:
      'In plaats van één link krijgt elke persoon een eigen link. Het geheim gaat pas open als genoeg van hen hun links in één browser samenbrengen; minder onthullen niets.',
    needed: 'Links nodig om te openen',
    total: 'Mensen (links in totaal)',
    createdTitle: 'Je verdeelde links staan klaar',
    createdLead:
      'Geef elke link aan een andere persoon. Willekeurige {needed} van deze {total} links openen samen het geheim; minder onthullen niets. Geen enkele link is op zich de hele sleutel.',
    createdAnnounce: 'Verdeelde links gemaakt',
    linkLabel: 'Link {index} van {total}',
    copyLink: 'Link {index} kopiëren',
    qrLabel: 'QR-code van link {index}',
    title: 'Deel van een verdeeld geheim',
    lead: 'Dit geheim is verdeeld over meerdere mensen: er zijn {needed} van hun links nodig om het te openen. Plak de andere links hier, in deze browser. Er wordt niets verstuurd tot er genoeg zijn en je op de knop drukt.',
    present: '{present} van {needed} delen aanwezig.',
    missing: {
      one: 'Er is nog {count} link nodig.',
      other: 'Er zijn nog {count} links nodig.',
    },
    shareItem: 'Deel {index} van {total}',
    sharesLabel: 'Delen in deze browser',
    pasteLabel: 'Nog een deellink',
    pasteHint: 'Plak een of meer links van dit geheim, gescheiden door spaties of nieuwe regels.',
    add: 'Link toevoegen',
    added: 'Toegevoegd. {present} van {needed} delen aanwezig.',
    empty: 'Plak eerst een deellink.',
    combining: 'De delen worden samengevoegd…',
    badShare:
      'Dit is geen deellink van een verdeeld geheim, of er ontbreekt een stuk. Kopieer de hele link opnieuw. Er is niets verbruikt.',
    mismatch:
      'Deze link is een deel van een ander geheim (of van een andere verdeling ervan) en helpt dit geheim dus niet te openen. Er is niets verbruikt.',
    duplicate: 'Dit deel is er al: er is een link van iemand anders nodig.',
    corrupted:
      'Deze delen passen niet bij elkaar: een ervan is gewijzigd. Er is niets verbruikt; vraag de houder om de link opnieuw te kopiëren.',
  },
  about: {
    fingerprintTitle: 'Deze pagina controleren',
    fingerprintText:
      'Deze server publiceert in een manifest de SHA-256 van elk bestand van deze pagina. De vingerafdruk ervan staat hieronder: vergelijk die met de gepubliceerde voor de versie die je vertrouwt, of voer „hushlink verify” uit met dit adres; dat controleert elk bestand dat de pagina laadt.',
    fingerprintLabel: 'Vingerafdruk van het buildmanifest van de pagina',
    fingerprintCopy: 'Vingerafdruk kopiëren',
    fingerprintLoading: 'Het manifest wordt gelezen…',
    fingerprintMissing:
      'Deze server publiceert geen buildmanifest, dus deze pagina kan niet worden gecontroleerd.',
    title: 'Hoe Hushlink werkt',
    lead: 'Hushlink geeft een geheim van jou door aan één persoon en vergeet het daarna. Dit is wat er gebeurt, en waarom niemand anders het kan lezen, wij ook niet.',
    howTitle: 'Wat er met je geheim gebeurt',
    how1: 'Deze pagina maakt een willekeurige sleutel en versleutelt je geheim daarmee, in je browser (libsodium, XChaCha20-Poly1305).',
    how2: 'Alleen de versleutelde gegevens gaan naar de server. De sleutel reist mee in het deel van de link na de #, dat browsers nooit naar een server sturen.',
    how3: 'Als de ontvanger op de knop drukt, haalt diens browser de versleutelde gegevens één keer op en ontsleutelt ze. De server verwijdert ze na de laatste toegestane keer openen, of als ze verlopen.',
    how4: 'Een wachtzin wordt in de browser versterkt met Argon2id en in de sleutel verwerkt. De server bewaart alleen een controlewaarde en vernietigt het geheim na een paar verkeerde pogingen.',
    trustTitle: 'Waarom je het kunt vertrouwen',
    trust1:
      'De server bewaart versleutelde tekst, groottes en tijden: nooit je tekst, je sleutel of je wachtzin.',
    trust2:
      'De pagina laadt niets van andere sites, plaatst geen cookies en heeft geen analytics. Het beveiligingsbeleid blokkeert elke poging daartoe.',
    trust3:
      'Elk script wordt voor het draait gecontroleerd aan de hand van zijn hash (Subresource Integrity).',
    trust4:
      'Een link openen laat alleen zien dat er een geheim wacht: linkvoorbeelden en scanners gebruiken het niet op.',
    limitsTitle: 'Waartegen het niet kan beschermen',
    limits1:
      'Wie de link als eerste krijgt, kan hem openen. Je merkt het: de ontvangstlink zegt dat hij is geopend, en je ontvanger vindt hem niet meer. Een wachtzin die je op een andere manier stuurt, dicht dat gat.',
    limits2: 'Een gehackt apparaat, een browserextensie of een schermopname ziet wat jij ziet.',
    limits3:
      'Een server die zelf gehackt is, zou een aangepaste pagina kunnen sturen. De opdrachtregelclient hoeft de pagina helemaal niet te vertrouwen.',
    start: 'Deel een geheim',
  },
  apiKey: {
    rememberFor: 'Hij wordt na 7 dagen vergeten.',
    checking: 'De API-sleutel wordt gecontroleerd…',
    adminRefused:
      'Dit is een beheerderssleutel. Deze pagina weigert hem: in een browser is een sleutel die de gegevens van alle geheimen kan lezen en vernietigen te kwetsbaar. Gebruik een sleutel met recht om te maken.',
    label: 'API-sleutel',
    hint: 'Deze server maakt alleen geheimen voor zijn leden. Een link openen vraagt nooit om een sleutel.',
    remember: 'Onthouden op dit apparaat',
    missing: 'Vul eerst je API-sleutel in.',
    malformed: 'Dit is geen API-sleutel: die begint met hlk_ en is 47 tekens lang.',
  },
  account: {
    navLabel: 'Mijn account',
    signIn: 'Inloggen',
    signOut: 'Uitloggen',
    mySecrets: 'Mijn geheimen',
    admin: 'Beheer',
    myIntro:
      'Geheimen die je hebt gemaakt terwijl je was ingelogd, die nog wachten of pas zijn afgerond. Alleen hun status wordt getoond: de inhoud stond nooit leesbaar op de server.',
    none: 'Hier staat nog niets.',
    createNew: 'Een nieuw geheim delen',
    createSignIn:
      'Deze server maakt alleen geheimen voor zijn leden: log in, of vul hieronder een API-sleutel in.',
    signInTitle: 'Log eerst in',
    signInBody:
      'Log in met het account van je organisatie om de geheimen te zien die je hebt gedeeld. Een link openen vraagt nooit om een account.',
    created: 'Gemaakt',
    owner: 'Eigenaar',
    anonymous: 'anoniem',
    state: 'Status',
    expires: 'Verloopt',
    viewsLeft: 'Resterende weergaven',
    actions: 'Acties',
    waiting: 'Wacht',
    active: 'Wacht',
    opened: 'Geopend',
    openedAt: 'Geopend op {date}',
    openedSome: 'Geopend op {date} ({count} van {max} weergaven), nog beschikbaar',
    expired: 'Verlopen',
    burned: 'Vernietigd',
    burnedFailures: 'Vernietigd na verkeerde wachtzinnen',
    burn: 'Vernietigen',
    burnLabel: 'Het geheim van {date} vernietigen',
    burnedAnnounce: 'Geheim vernietigd',
  },
  signIn: {
    title: 'Inloggen',
    intro:
      'Log in met het account van je organisatie om geheimen te delen en te zien wat je hebt gedeeld.',
    failedTitle: 'Inloggen mislukt',
    problems: {
      expired:
        'Het inloggen duurde te lang of is in een andere browser begonnen. Probeer het opnieuw.',
      state:
        'Het antwoord van de identiteitsprovider hoorde niet bij deze inlogpoging of was al gebruikt. Probeer het opnieuw.',
      denied: 'De identiteitsprovider heeft je niet ingelogd.',
      rejected:
        'Het antwoord van de identiteitsprovider kwam niet door de veiligheidscontroles en is daarom geweigerd.',
      domain: 'Je account hoort niet bij een domein dat deze server accepteert.',
      group: 'Je account hoort niet bij een groep die deze server mag gebruiken.',
      unavailable: 'De identiteitsprovider is nu niet bereikbaar. Probeer het zo opnieuw.',
    },
  },
  admin: {
    title: 'Beheer',
    signInBody: 'Log in met een beheerdersaccount om deze server te beheren.',
    deniedTitle: 'Deze pagina is voor beheerders',
    deniedBody:
      'Je account hoort niet bij een beheerdersgroep. Vraag het aan de beheerders van deze dienst.',
    stats: 'Geheimen per status',
    uploading: 'Uploads bezig',
    bytesStored: 'Opgeslagen (versleuteld)',
    secrets: 'Geheimen',
    stateFilter: 'Status',
    anyState: 'Elke status',
    apply: 'Tonen',
    page: 'Pagina {page}, nieuwste eerst',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    extend: '1 dag verlengen',
    extendLabel: '1 dag verlengen: het geheim van {date}',
    done: 'Klaar',
    keys: 'API-sleutels',
    newKey: 'Nieuwe API-sleutel',
    keyName: 'Naam',
    keyNameHint:
      'Letters, cijfers en . _ @ - (wordt vastgelegd als eigenaar van wat de sleutel maakt).',
    keyScope: 'Bereik',
    scopeCreate: 'Geheimen maken',
    scopeAdmin: 'Beheren',
    createKey: 'Sleutel maken',
    keyCreated: 'Sleutel {name} gemaakt.',
    keyOnce: 'De sleutel, alleen deze ene keer getoond',
    copyKey: 'De API-sleutel kopiëren',
    lastUsed: 'Laatst gebruikt',
    never: 'nooit',
    noKeys: 'Geen API-sleutels.',
    revoke: 'Intrekken',
    revokeLabel: 'De sleutel {name} intrekken',
  },
  request: {
    exposedRequestLink:
      'Deze verzoeklink is verstuurd met de sleutel zichtbaar: het # ervan is veranderd in %23 (vaak door een mailfilter), dus de sleutel ging via de server en via alles onderweg dat adressen logt. Je antwoord blijft alleen voor de aanvrager versleuteld, maar wie de link heeft gezien, kan er ook op antwoorden: laat het de aanvrager weten, zodat die weet welk antwoord van jou is.',
    exposedInboxLink:
      'Deze inboxlink is verstuurd met de privésleutel zichtbaar: het # ervan is veranderd in %23, dus de sleutel ging via de server en via alles onderweg dat adressen logt. Wie hem heeft gezien, kan deze antwoorden openen: beschouw de inhoud als gelekt, wijzig die en vraag het opnieuw met een nieuw verzoek.',
    title: 'Een geheim aanvragen',
    intro:
      'Vraag iemand je een geheim te sturen. Deze browser maakt een sleutelpaar: alleen je inboxlink (of je passkey) kan de antwoorden openen, en de server ziet ze nooit.',
    noteLabel: 'Waar vraag je om?',
    noteHint: 'Zichtbaar voor iedereen met de verzoeklink; ook versleuteld. Maximaal {limit}.',
    noteEmpty: 'Schrijf op waar je om vraagt.',
    noteTooLong: 'De notitie is langer dan {limit}.',
    expiry: 'Neemt antwoorden aan gedurende',
    answers: 'Antwoorden',
    oneAnswer: 'Eén antwoord',
    dropBox: {
      one: 'Brievenbus: tot {count} antwoord',
      other: 'Brievenbus: tot {count} antwoorden',
    },
    passkeyLabel: 'De inbox aan een passkey koppelen',
    passkeyHint:
      'De inboxlink bevat dan geen privésleutel: voor het openen van de antwoorden is ook je passkey nodig.',
    passkeyUnavailable:
      'Koppelen aan een passkey is niet beschikbaar: deze browser kan geen sleutels afleiden uit passkeys (WebAuthn PRF).',
    passkeyFailed:
      'De passkey kon niet worden gemaakt of gebruikt. Probeer het opnieuw, of zet de passkey-optie uit.',
    submit: 'Het verzoek maken',
    making: 'Sleutels maken…',
    madeTitle: 'Je verzoek is klaar',
    requestLinkLabel: 'Verzoeklink: deze verstuur je',
    requestLinkNote: 'Wie hem heeft, kan je notitie lezen en antwoorden tot {date} ({relative}).',
    copyRequestLink: 'Verzoeklink kopiëren',
    inboxLinkLabel: 'Inboxlink: houd deze voor jezelf',
    inboxLinkNote:
      'Hiermee open je de antwoorden. Iedereen die hem heeft kan ze lezen, dus deel hem niet.',
    inboxPasskeyNote:
      'Hiermee zie je de antwoorden; om ze te openen heb je ook de passkey nodig die je net hebt gemaakt.',
    copyInboxLink: 'Inboxlink kopiëren',
    checking: 'De link controleren…',
    answerTitle: 'Iemand vraagt je om een geheim',
    noteCaption: 'Hun notitie:',
    answerSubmit: 'Versleuteld versturen',
    askLink: 'Heb je een geheim van iemand nodig? Vraag het aan.',
    sentTitle: 'Verstuurd',
    sentBody:
      'Je antwoord is zo versleuteld dat alleen degene die erom vroeg het kan openen. Je krijgt geen link.',
    inboxTitle: 'Je inbox',
    inboxLead: '{answers} van {max} antwoorden ontvangen; {open} kunnen worden geopend.',
    inboxEmpty: 'Nog geen antwoord om te openen.',
    inboxPasskeyLead:
      'Deze inbox is gekoppeld aan een passkey. Gebruik die om de antwoorden te zien.',
    usePasskey: 'Mijn passkey gebruiken',
    wrongPasskeyTitle: 'Deze passkey opent deze inbox niet',
    wrongPasskeyBody:
      'Gebruik de passkey waarmee het verzoek is gemaakt. Er is niets geopend of verbruikt.',
    inboxGoneTitle: 'Deze inbox is niet beschikbaar',
    inboxGoneBody: 'De link klopt niet, of het verzoek en al zijn antwoorden zijn verlopen.',
    answerLine: 'Antwoord {n}: {size}, ontvangen {date}, verloopt {relative}',
    open: 'Openen',
    refresh: 'Vernieuwen',
  },
  timeLock: {
    optionLabel: 'Vergrendelen tot een gekozen tijdstip',
    openingLabel: 'Opent op',
    optionHint:
      'Niemand kan het geheim vóór dit moment openen, in jouw tijdzone. Het moet vóór het verlopen liggen: de vervaltijd telt nog steeds vanaf nu.',
    inPast:
      'Dit moment is al voorbij: kies een later moment of laat het veld leeg om het meteen te laten openen.',
    afterExpiry:
      'Het geheim zou verlopen voordat het opent: kies een eerder moment of een langere geldigheid.',
    lockedLead: 'Tijdslot: het kan worden geopend vanaf {date}.',
    opensIn: 'Opent {relative}.',
    openNow: 'Het kan nu worden geopend.',
    notYet:
      'Nog niet: volgens de server opent het op {date}. Er is niets verbruikt; het aftellen volgt nu de klok van de server.',
    notYetTitle: 'Dit geheim kan nog niet worden geopend',
    notYetBody:
      'De afzender heeft een moment gekozen waarvoor het vergrendeld blijft. Er is niets verbruikt: probeer het later opnieuw.',
    invalidTitle: 'Het openingstijdstip is geweigerd',
    invalidBody: 'Het moet in de toekomst liggen en vóór het verlopen van het geheim.',
    receiptOpens: 'Opent',
    lockedUntil: 'Vergrendeld tot {date}',
  },
  fanOut: {
    option: 'Eén link per persoon',
    optionHint:
      'Iedereen krijgt een eigen link, met het hierboven gekozen aantal keren openen. Namen zijn optioneel, versleuteld en alleen voor u zichtbaar op het ontvangstbewijs.',
    person: 'Persoon {index}',
    labelPlaceholder: 'Naam (optioneel)',
    addPerson: 'Persoon toevoegen',
    remove: 'Verwijderen',
    removePerson: 'Persoon {index} verwijderen',
    nameTooLong: 'De naam van persoon {index} is te lang (hoogstens 63 bytes).',
    notWithSplit: 'Kies verdelen over personen of één link per persoon, niet allebei.',
    createdTitle: 'Uw links staan klaar',
    createdLead:
      'Geef iedere persoon een eigen link. Elke link opent het geheim op zichzelf; het ontvangstbewijs toont welke links geopend zijn.',
    createdAnnounce: 'Links gemaakt',
    notice: 'Elke link kan {times} worden geopend tot {date} ({relative}).',
    linkLabel: 'Link nr. {index}',
    copyLink: 'Link van {name} kopiëren',
    linksTitle: 'Uw links',
    waiting: 'Wacht',
    openedAt: 'Geopend op {date}',
    burned: 'Vernietigd',
    burnLink: 'Vernietigen',
    burnNamed: 'Link van {name} vernietigen',
    burnAll: 'Alle links vernietigen',
    burnedAnnounce: 'De link van {name} is vernietigd',
  },
  problem: {
    goneTitle: 'Dit geheim is niet beschikbaar',
    goneBody:
      'Het heeft nooit bestaan, is verlopen of is al geopend. Geheimen kunnen hier maar een beperkt aantal keren worden gelezen. Vraag de afzender een nieuw geheim te delen.',
    burnedFailuresTitle: 'Dit geheim is vernietigd',
    burnedFailuresBody:
      'Er zijn te veel verkeerde wachtzinnen ingevuld, dus het is ter bescherming vernietigd. Vraag de afzender een nieuw geheim te delen.',
    shownTitle: 'Dit geheim wordt niet meer getoond',
    shownBody:
      'Voor je veiligheid is de pagina het geheim vergeten toen je haar verliet. Het kan niet opnieuw worden getoond.',
    corruptedTitle: 'Deze link is beschadigd',
    corruptedBody:
      'Een deel van de link ontbreekt of is gewijzigd, dus hij kan niets openen. Kopieer de hele link opnieuw, inclusief alles na de #. Als je deze pagina hebt herladen, is de sleutel al uit de adresbalk gehaald: open de oorspronkelijke link opnieuw. Er is niets opgebruikt.',
    receiptCorruptedTitle: 'Deze ontvangstlink is beschadigd',
    receiptCorruptedBody:
      'Een deel van de link ontbreekt of is gewijzigd. Kopieer de hele ontvangstlink opnieuw, inclusief alles na de #.',
    receiptGoneTitle: 'Deze ontvangstbevestiging is niet beschikbaar',
    receiptGoneBody:
      'De ontvangstlink klopt niet, of het geheim is al zo lang verlopen dat ook de ontvangstbevestiging is verwijderd.',
    decryptTitle: 'Dit geheim kon niet worden ontsleuteld',
    decryptBody:
      'De gegevens pasten niet bij de link: de link of de opgeslagen gegevens zijn gewijzigd. Er is niets leesbaars getoond en geen bestand aangeboden.',
    unsafeTitle: 'Dit geheim gebruikt onveilige instellingen',
    unsafeBody:
      'De wachtzininstellingen vallen buiten het veilige bereik, dus deze pagina weigerde het te verwerken.',
    offlineTitle: 'De server is niet bereikbaar',
    offlineBody:
      'Controleer je verbinding en probeer het opnieuw. Er is niets verstuurd of opgebruikt.',
    pageFailedTitle: 'Er ging iets mis op deze pagina',
    pageFailedBody: 'Herlaad de pagina en probeer het opnieuw.',
    rateLimitedWait: 'Probeer het {relative} opnieuw. Er is niets opgebruikt.',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundBody: 'Op dit adres staat niets.',
    cancelledTitle: 'Het openen is geannuleerd',
    cancelledBody:
      'Er is niets opgeslagen. Als de download al was begonnen, telt deze keer openen als gebruikt: ‘Opnieuw proberen’ laat zien of het geheim nog kan worden geopend.',
    retry: 'Opnieuw proberen',
    home: 'Een nieuw geheim delen',
    api: {
      quota_exceeded: {
        title: 'De server is voorlopig vol',
        body: 'Er is niets opgeslagen. Geheimen maken hun ruimte vrij wanneer ze worden geopend of verlopen: probeer het later opnieuw, of stuur minder.',
      },
      storage_full: {
        title: 'De server heeft geen ruimte meer',
        body: 'Er is niets opgeslagen. Al gedeelde links gaan nog steeds open; probeer het later opnieuw.',
      },
      bad_request: {
        title: 'Het verzoek is niet geaccepteerd',
        body: 'De server kon het niet begrijpen.',
      },
      invalid_envelope: {
        title: 'De versleutelde gegevens zijn geweigerd',
        body: 'De server accepteerde het versleutelde geheim niet. Herlaad de pagina en probeer het opnieuw.',
      },
      payload_too_large: {
        title: 'Het geheim is te groot',
        body: 'Het overschrijdt de maximale grootte van deze server.',
      },
      unsupported_media_type: {
        title: 'Het verzoek is niet geaccepteerd',
        body: 'De server weigerde het formaat.',
      },
      headers_too_large: {
        title: 'Het verzoek is niet geaccepteerd',
        body: 'De headers waren te groot.',
      },
      not_found: { title: 'Niet gevonden', body: 'De server heeft niets op dit adres.' },
      method_not_allowed: {
        title: 'Het verzoek is niet geaccepteerd',
        body: 'De server staat het niet toe.',
      },
      not_acceptable: {
        title: 'Het verzoek is niet geaccepteerd',
        body: 'De server kan niet antwoorden in een vorm die deze pagina leest.',
      },
      upload_offset_mismatch: {
        title: 'Het uploaden is onderbroken',
        body: 'De server en deze pagina zijn het oneens over hoeveel er is verstuurd. Probeer het opnieuw.',
      },
      id_taken: {
        title: 'Probeer het opnieuw',
        body: 'Bij het maken van het geheim trad een zeldzame botsing op. Opnieuw maken lukt wel.',
      },
      name_taken: {
        title: 'Deze naam is al in gebruik',
        body: 'Er bestaat al een API-sleutel met deze naam: trek die eerst in of kies een andere naam.',
      },
      request_closed: {
        title: 'Dit verzoek is al beantwoord',
        body: 'Het neemt geen antwoorden meer aan: het is beantwoord, gesloten door degene die het deed, of het is vol. Er is niets verstuurd.',
      },
      not_live: {
        title: 'Dit geheim is niet meer actief',
        body: 'Het is geopend, vernietigd of verlopen.',
      },
      idempotency_key_reused: {
        title: 'Het verzoek is niet geaccepteerd',
        body: 'Een herhaald verzoek kwam niet overeen met het oorspronkelijke. Probeer het opnieuw.',
      },
      unauthorized: {
        title: 'Er is een API-sleutel nodig',
        body: 'Deze server maakt alleen geheimen voor zijn leden. Controleer je API-sleutel en probeer het opnieuw; links openen vraagt geen sleutel.',
      },
      insufficient_scope: {
        title: 'Deze API-sleutel mag dat niet',
        body: 'Vraag de beheerders van deze dienst om een sleutel die geheimen mag maken.',
      },
      wrong_passphrase: { title: 'Verkeerde wachtzin', body: 'De wachtzin klopte niet.' },
      forbidden: { title: 'Dit verzoek is niet toegestaan', body: 'De server weigerde het.' },
      rate_limited: {
        title: 'Te veel verzoeken',
        body: 'Wacht een minuut en probeer het opnieuw. Er is niets opgebruikt.',
      },
      unavailable: {
        title: 'De dienst is niet beschikbaar',
        body: 'De server kan nu geen geheimen opslaan of lezen. Probeer het zo opnieuw.',
      },
      internal: {
        title: 'Er ging iets mis op de server',
        body: 'Probeer het opnieuw. Blijft het gebeuren, laat het dan de beheerders van deze dienst weten.',
      },
      unexpected_response: {
        title: 'De server gaf een onverwacht antwoord',
        body: 'Misschien zit een proxy of een verkeerde configuratie in de weg. Probeer het later opnieuw.',
      },
    },
  },
}

export default nl
