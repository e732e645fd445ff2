import type { Messages } from '../i18n/messages.ts'

const it: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'Cifrato end-to-end nel tuo browser. Il server non vede mai il tuo segreto né la sua chiave.',
    about: 'Come funziona',
    language: 'Lingua',
    darkTheme: 'Tema scuro',
  },
  units: {
    characters: {
      one: '{count} carattere',
      many: '{count} di caratteri',
      other: '{count} caratteri',
    },
    times: { one: 'una volta', many: '{count} di volte', other: '{count} volte' },
    views: {
      one: '{count} apertura',
      many: '{count} di aperture',
      other: '{count} aperture',
    },
    attemptsLeft: {
      one: 'resta {count} tentativo',
      many: 'restano {count} di tentativi',
      other: 'restano {count} tentativi',
    },
    wrongPassphrases: {
      one: '{count} passphrase errata',
      many: '{count} di passphrase errate',
      other: '{count} passphrase errate',
    },
    files: { one: '{count} file', many: '{count} di file', other: '{count} file' },
  },
  create: {
    title: 'Condividi un segreto',
    intro:
      'Il tuo segreto viene cifrato in questo browser prima dell’invio. Ricevi un link che lo apre una volta, poi sparisce.',
    secretLabel: 'Segreto',
    secretPlaceholder: 'Incolla una password, una chiave, una nota…',
    counter: '{characters} · {size} su {limit}',
    tooLong: 'Troppo lungo: il limite su questo server è {limit}.',
    empty: 'Prima scrivi o incolla un segreto.',
    generator: 'Genera una password o una passphrase casuale',
    generatorKind: 'Tipo',
    kindPassword: 'Password',
    kindPassphrase: 'Passphrase (parole)',
    length: 'Lunghezza',
    characters: 'Caratteri',
    words: 'Parole',
    lowercase: 'Minuscole a–z',
    uppercase: 'Maiuscole A–Z',
    digits: 'Cifre 0–9',
    symbols: 'Simboli !#$…',
    generate: 'Genera nel campo del segreto',
    generated: 'Generata in questo browser (circa {bits} bit di casualità).',
    noCharset: 'Scegli almeno un insieme di caratteri.',
    expiry: 'Scade dopo',
    views: 'Numero di aperture',
    passphrase: 'Passphrase (facoltativa)',
    passphraseHint:
      'Serve al destinatario per aprire il segreto. Inviala su un canale diverso da quello del link.',
    notifyEmail: 'Avvisami via e-mail quando viene aperto (facoltativo)',
    notifyEmailHint:
      'Il tuo indirizzo resta sul server solo finché quell’e-mail non è stata inviata o il segreto non c’è più. L’e-mail non contiene alcun link.',
    notifyEmailInvalid:
      'Inserisci un indirizzo e-mail come tu@example.com, oppure lascia vuoto il campo.',
    notifyEmailFiles:
      'L’avviso via e-mail funziona solo per i segreti di testo: rimuovi i file oppure l’indirizzo.',
    showPassphrase: 'Mostra la passphrase',
    generatePassphrase: 'Genera una passphrase',
    submit: 'Crea il link',
    encrypting: 'Cifratura…',
    stretching: 'Rafforzamento della passphrase (Argon2), ci vuole un momento…',
  },
  files: {
    legend: 'File (facoltativi)',
    choose: 'Scegli file…',
    limits:
      'Fino a {file} per file e {total} in tutto, cifrati, su questo server. Puoi anche trascinare i file su questo modulo.',
    summary: '{files}, {size} in tutto',
    fileTooLarge: 'Troppo grande: il limite è {limit} per file.',
    nameTooLong: 'Il nome è troppo lungo: al massimo 255 byte.',
    tooMany: 'Troppi file: al massimo {max}.',
    totalTooLarge:
      'Troppo grande in tutto: cifrati, il messaggio e i file occupano {size}, e il limite su questo server è {limit}.',
    fixFiles: 'Alcuni file non si possono inviare: rimuovi quelli segnalati nell’elenco.',
    remove: 'Rimuovi',
    removeNamed: 'Rimuovi {name}',
    removed: '{name} rimosso',
    added: 'Aggiunti: {files}',
    empty: 'Prima scrivi un segreto o scegli un file.',
    cancelled: 'Annullato. Non è stato condiviso nulla e non è stato creato alcun link.',
  },
  progress: {
    encrypting: 'Cifratura',
    uploading: 'Caricamento',
    downloading: 'Scaricamento',
    decrypting: 'Decifratura',
    numbers: '{percent} · {done} su {total}',
    speed: '{size}/s',
    announce: '{phase}: {percent}',
    cancel: 'Annulla',
  },
  created: {
    shareHint:
      'Incolla il link intero come testo semplice in una chat o in un messaggio. Alcuni filtri di posta riscrivono i link ed espongono la chiave; la pagina di chi lo riceve lo segnala.',
    title: 'Il tuo link è pronto',
    announce: 'Link creato',
    shareLabel: 'Link da condividere',
    notice: 'Si può aprire {times} fino al {date} ({relative}). Dopo sparisce per sempre.',
    passphraseReminder: 'Invia la passphrase a parte, su un altro canale.',
    qrLabel: 'Codice QR del link da condividere',
    qrCaption:
      'Inquadralo con la fotocamera di un telefono per aprire lì il link. Contiene anche la chiave.',
    receiptLabel: 'Link di ricevuta privato',
    receiptNote:
      'Tienilo per te: mostra se il segreto è stato aperto e ti permette di distruggerlo prima.',
    another: 'Crea un altro segreto',
    sendByEmail: 'Invia per e-mail',
    share: 'Condividi…',
    sharePassphrase: 'La passphrase non è inclusa: inviala al destinatario in un altro modo.',
    mailSubject: 'Un segreto per te',
    mailBody:
      'Condivido con te un segreto. Apri questo link nel browser per vederlo. Si può aprire {times}, fino al {date}, poi sparisce:',
    mailPassphrase: 'Per aprirlo serve anche una passphrase. Te la manderò in un altro modo.',
  },
  copy: {
    copy: 'Copia',
    copied: 'Copiato',
    shareLink: 'Copia il link da condividere',
    receiptLink: 'Copia il link di ricevuta',
    secret: 'Copia il segreto',
    announce: 'Copiato negli appunti',
    failed: 'Copia non riuscita: il testo è selezionato, premi Ctrl+C (o ⌘C) per copiarlo.',
  },
  reveal: {
    exposedLink:
      'Questo link è stato inviato con la chiave in vista: il suo # era stato cambiato in %23 (spesso da un filtro di posta), quindi la chiave è passata dal server e da tutto ciò che lungo la strada registra gli indirizzi. Chiedi a chi l’ha inviato di considerare esposto questo segreto: di cambiare la password o la chiave che contiene e, la prossima volta, di inviare il link come testo semplice in una chat o in un messaggio.',
    checking: 'Verifica del link…',
    title: 'Un segreto ti aspetta',
    viewOnce: 'Si può vedere una volta. Aprirlo lo distrugge.',
    viewMany: 'Si può vedere {times} in tutto. L’ultima apertura lo distrugge.',
    expires: 'Disponibile fino al {date} ({relative}).',
    nothingYet: 'Non si apre nulla finché non premi il pulsante.',
    passphrase: 'Passphrase',
    passphraseHint: 'Il mittente dovrebbe avertela data a parte.',
    passphraseMissing: 'Prima inserisci la passphrase.',
    wrongPassphrase: 'Passphrase errata: {attempts} prima che il segreto venga distrutto.',
    submit: 'Rivela il segreto',
    decrypting: 'Decifratura…',
    stretching: 'Verifica della passphrase (Argon2), ci vuole un momento…',
    revealedTitle: 'Il tuo segreto',
    announce: 'Segreto rivelato',
    textLabel: 'Testo del segreto',
    destroyed:
      'È stato eliminato dal server e questo link non funziona più. Copialo adesso se ti serve.',
    viewsLeft: 'Questo link si può aprire ancora {times}, poi viene eliminato.',
    clipboardWarning:
      'La cronologia degli appunti o la loro sincronizzazione nel cloud possono conservare il testo copiato.',
    filesLabel: 'File',
    saveFile: 'Salva {name} ({size})',
    filesNote: 'Qui i file non vengono mai aperti: salvali e controllali prima di aprirli.',
  },
  receipt: {
    exposedLink:
      'Questo link di ricevuta è stato inviato con il token in vista: il suo # era stato cambiato in %23, quindi il token è passato dal server e da tutto ciò che lungo la strada registra gli indirizzi. Chi l’ha visto può controllare o distruggere questo segreto, e il link da condividere potrebbe aver fatto la stessa strada: distruggilo ora e condividi di nuovo il segreto.',
    checking: 'Verifica del segreto…',
    active: 'Non ancora aperto',
    partly: 'Aperto, ancora disponibile',
    viewed: 'Aperto',
    expired: 'Scaduto',
    burned: 'Distrutto da te',
    burnedFailures: 'Distrutto dopo troppe passphrase errate',
    activeNone: 'Nessuno ha ancora aperto il segreto.',
    activeSome: {
      one: 'Aperto {count} volta finora, su {max} consentite.',
      many: 'Aperto {count} di volte finora, su {max} consentite.',
      other: 'Aperto {count} volte finora, su {max} consentite.',
    },
    viewedAt: 'Aperto il {date}. Ora è eliminato.',
    viewedNoTime: 'È stato aperto e ora è eliminato.',
    expiredDetail: 'Nessuno l’ha aperto prima della scadenza. Ora è eliminato.',
    burnedDetail: 'Nessuno può più aprirlo.',
    failuresDetail:
      'Qualcuno ha inserito {passphrases}, quindi il segreto è stato distrutto per proteggerlo.',
    created: 'Creato',
    expires: 'Scade',
    expiredAt: 'Scaduto',
    failures: 'Passphrase errate',
    when: '{date} ({relative})',
    refresh: 'Aggiorna',
    refreshed: 'Stato aggiornato',
    burn: 'Distruggi ora',
    burnConfirm: 'Distruggere il segreto ora? Il link smetterà di funzionare per tutti.',
    burnYes: 'Sì, distruggilo',
    burnNo: 'Annulla',
    burnedAnnounce: 'Segreto distrutto',
  },
  split: {
    option: 'Dividi tra più persone',
    optionHint:
      'Invece di un solo link, un link per persona. Il segreto si apre solo quando abbastanza persone riuniscono i loro link in uno stesso browser; meno non rivelano nulla.',
    needed: 'Link necessari per aprirlo',
    total: 'Persone (link in tutto)',
    createdTitle: 'I tuoi link divisi sono pronti',
    createdLead:
      'Dai ogni link a una persona diversa. {needed} qualsiasi di questi {total} link insieme aprono il segreto; meno non rivelano nulla. Nessun link da solo è la chiave intera.',
    createdAnnounce: 'Link divisi creati',
    linkLabel: 'Link {index} di {total}',
    copyLink: 'Copia il link {index}',
    qrLabel: 'Codice QR del link {index}',
    title: 'Parte di un segreto diviso',
    lead: 'Questo segreto è stato diviso tra più persone: servono {needed} dei loro link per aprirlo. Incolla qui gli altri link, in questo browser. Non viene inviato nulla finché non ce ne sono abbastanza e non premi il pulsante.',
    present: '{present} parti su {needed} presenti.',
    missing: {
      one: 'Manca ancora {count} link.',
      many: 'Mancano ancora {count} link.',
      other: 'Mancano ancora {count} link.',
    },
    shareItem: 'Parte {index} di {total}',
    sharesLabel: 'Parti in questo browser',
    pasteLabel: 'Un altro link di una parte',
    pasteHint: 'Incolla uno o più link di questo segreto, separati da spazi o a capo.',
    add: 'Aggiungi il link',
    added: 'Aggiunto. {present} parti su {needed} presenti.',
    empty: 'Incolla prima il link di una parte.',
    combining: 'Unione delle parti…',
    badShare:
      'Questo non è il link di una parte di un segreto diviso, oppure ne manca un pezzo. Copia di nuovo il link intero. Non è stato consumato nulla.',
    mismatch:
      'Questo link è una parte di un altro segreto (o di un’altra divisione di questo), quindi non aiuta ad aprire questo. Non è stato consumato nulla.',
    duplicate: 'Questa parte c’è già: serve il link di qualcun altro.',
    corrupted:
      'Queste parti non combaciano: una di esse è stata alterata. Non è stato consumato nulla; chiedi a chi la possiede di copiare di nuovo il link.',
  },
  about: {
    fingerprintTitle: 'Verifica questa pagina',
    fingerprintText:
      'Questo server pubblica in un manifesto lo SHA-256 di ogni file di questa pagina. La sua impronta è qui sotto: confrontala con quella pubblicata per la versione di cui ti fidi, oppure esegui “hushlink verify” con questo indirizzo, che controlla ogni file caricato dalla pagina.',
    fingerprintLabel: 'Impronta del manifesto di build della pagina',
    fingerprintCopy: 'Copia l’impronta',
    fingerprintLoading: 'Lettura del manifesto…',
    fingerprintMissing:
      'Questo server non pubblica un manifesto di build, quindi questa pagina non può essere verificata.',
    title: 'Come funziona Hushlink',
    lead: 'Hushlink passa un segreto da te a una persona e poi lo dimentica. Ecco che cosa succede, e perché nessun altro può leggerlo, noi compresi.',
    howTitle: 'Che cosa succede al tuo segreto',
    how1: 'Questa pagina crea una chiave casuale e ci cifra il tuo segreto, nel tuo browser (libsodium, XChaCha20-Poly1305).',
    how2: 'Al server arrivano solo i dati cifrati. La chiave viaggia nella parte del link dopo il #, che i browser non inviano mai a nessun server.',
    how3: 'Quando il destinatario preme il pulsante, il suo browser scarica una volta i dati cifrati e li decifra. Il server li elimina dopo l’ultima apertura consentita o alla scadenza.',
    how4: 'Una passphrase viene rafforzata con Argon2id nel browser e mescolata alla chiave. Il server conserva solo un valore di controllo e distrugge il segreto dopo pochi tentativi sbagliati.',
    trustTitle: 'Perché puoi fidarti',
    trust1:
      'Il server conserva testo cifrato, dimensioni e orari: mai il tuo testo, la tua chiave o la tua passphrase.',
    trust2:
      'La pagina non carica nulla da altri siti, non imposta cookie e non ha strumenti di analisi. La sua politica di sicurezza blocca ogni tentativo.',
    trust3:
      'Ogni script viene verificato con il suo hash (Subresource Integrity) prima di essere eseguito.',
    trust4:
      'Aprire un link mostra solo che un segreto è in attesa: anteprime dei link e scanner non lo consumano.',
    limitsTitle: 'Da che cosa non può proteggerti',
    limits1:
      'Chi ottiene il link per primo può aprirlo. Te ne accorgerai: la ricevuta dice che è stato aperto e il destinatario non lo trova più. Una passphrase inviata in un altro modo chiude questa falla.',
    limits2:
      'Un dispositivo compromesso, un’estensione del browser o una registrazione dello schermo vedono quello che vedi tu.',
    limits3:
      'Un server a sua volta compromesso potrebbe inviare una pagina modificata. Il client a riga di comando evita del tutto di fidarsi della pagina.',
    start: 'Condividi un segreto',
  },
  apiKey: {
    rememberFor: 'Viene dimenticata dopo 7 giorni.',
    checking: 'Controllo della chiave API…',
    adminRefused:
      'Questa è una chiave di amministrazione. Questa pagina la rifiuta: in un browser, una chiave che può leggere e distruggere i dati di tutti i segreti è troppo esposta. Usa una chiave con permesso di creazione.',
    label: 'Chiave API',
    hint: 'Questo server crea segreti solo per i suoi membri. Per aprire un link non serve mai una chiave.',
    remember: 'Ricorda su questo dispositivo',
    missing: 'Prima inserisci la tua chiave API.',
    malformed: 'Questa non è una chiave API: inizia con hlk_ ed è lunga 47 caratteri.',
  },
  account: {
    navLabel: 'Il mio account',
    signIn: 'Accedi',
    signOut: 'Esci',
    mySecrets: 'I miei segreti',
    admin: 'Amministrazione',
    myIntro:
      'I segreti che hai creato dopo l’accesso, ancora in attesa o conclusi da poco. Ne vedi solo lo stato: il loro contenuto non è mai stato leggibile sul server.',
    none: 'Qui non c’è ancora niente.',
    createNew: 'Condividi un nuovo segreto',
    createSignIn:
      'Questo server crea segreti solo per i suoi membri: accedi, oppure inserisci una chiave API qui sotto.',
    signInTitle: 'Prima accedi',
    signInBody:
      'Accedi con l’account della tua organizzazione per vedere i segreti che hai condiviso. Per aprire un link non serve mai un account.',
    created: 'Creato',
    owner: 'Proprietario',
    anonymous: 'anonimo',
    state: 'Stato',
    expires: 'Scade',
    viewsLeft: 'Visualizzazioni rimaste',
    actions: 'Azioni',
    waiting: 'In attesa',
    active: 'In attesa',
    opened: 'Aperto',
    openedAt: 'Aperto il {date}',
    openedSome: 'Aperto il {date} ({count} visualizzazioni su {max}), ancora disponibile',
    expired: 'Scaduto',
    burned: 'Distrutto',
    burnedFailures: 'Distrutto dopo passphrase errate',
    burn: 'Distruggi',
    burnLabel: 'Distruggi il segreto creato il {date}',
    burnedAnnounce: 'Segreto distrutto',
  },
  signIn: {
    title: 'Accedi',
    intro:
      'Accedi con l’account della tua organizzazione per condividere segreti e vedere quelli che hai condiviso.',
    failedTitle: 'Accesso non riuscito',
    problems: {
      expired:
        'L’accesso ha richiesto troppo tempo o è stato avviato in un altro browser. Riprova.',
      state:
        'La risposta del provider di identità non apparteneva a questo accesso o era già stata usata. Riprova.',
      denied: 'Il provider di identità non ti ha fatto accedere.',
      rejected:
        'La risposta del provider di identità non ha superato i controlli di sicurezza ed è stata rifiutata.',
      domain: 'Il tuo account non appartiene a un dominio accettato da questo server.',
      group: 'Il tuo account non appartiene a un gruppo che può usare questo server.',
      unavailable: 'Il provider di identità al momento non è raggiungibile. Riprova tra poco.',
    },
  },
  admin: {
    title: 'Amministrazione',
    signInBody: 'Accedi con un account di amministratore per gestire questo server.',
    deniedTitle: 'Questa pagina è per gli amministratori',
    deniedBody:
      'Il tuo account non appartiene a un gruppo di amministratori. Chiedi a chi gestisce questo servizio.',
    stats: 'Segreti per stato',
    uploading: 'Caricamenti in corso',
    bytesStored: 'Archiviati (cifrati)',
    secrets: 'Segreti',
    stateFilter: 'Stato',
    anyState: 'Qualsiasi stato',
    apply: 'Mostra',
    page: 'Pagina {page}, dai più recenti',
    previous: 'Pagina precedente',
    next: 'Pagina successiva',
    extend: 'Proroga di 1 giorno',
    extendLabel: 'Proroga di 1 giorno: il segreto creato il {date}',
    done: 'Fatto',
    keys: 'Chiavi API',
    newKey: 'Nuova chiave API',
    keyName: 'Nome',
    keyNameHint:
      'Lettere, cifre e . _ @ - (viene registrato come proprietario di ciò che la chiave crea).',
    keyScope: 'Ambito',
    scopeCreate: 'Creare segreti',
    scopeAdmin: 'Amministrare',
    createKey: 'Crea chiave',
    keyCreated: 'Chiave {name} creata.',
    keyOnce: 'La chiave, mostrata solo questa volta',
    copyKey: 'Copia la chiave API',
    lastUsed: 'Ultimo utilizzo',
    never: 'mai',
    noKeys: 'Nessuna chiave API.',
    revoke: 'Revoca',
    revokeLabel: 'Revoca la chiave {name}',
  },
  request: {
    exposedRequestLink:
      'Questo link di richiesta è stato inviato con la chiave visibile: il suo # è stato cambiato in %23 (spesso da un filtro di posta), quindi la chiave è passata dal server e da tutto ciò che lungo il percorso registra gli indirizzi. La tua risposta resta cifrata solo per chi l’ha chiesta, ma chi ha visto il link potrebbe rispondere anche lui: avvisa chi l’ha chiesta, così saprà quale risposta è la tua.',
    exposedInboxLink:
      'Questo link della casella di ricezione è stato inviato con la chiave privata visibile: il suo # è stato cambiato in %23, quindi la chiave è passata dal server e da tutto ciò che lungo il percorso registra gli indirizzi. Chi l’ha visto può aprire queste risposte: considera esposto ciò che contengono, cambialo e chiedilo di nuovo con una nuova richiesta.',
    title: 'Richiedi un segreto',
    intro:
      'Chiedi a qualcuno di inviarti un segreto. Questo browser crea una coppia di chiavi: solo il tuo link della casella (o la tua passkey) può aprire le risposte, e il server non le vede mai.',
    noteLabel: 'Che cosa chiedi?',
    noteHint:
      'Visibile a chiunque abbia il link della richiesta; anch’essa cifrata. Al massimo {limit}.',
    noteEmpty: 'Scrivi che cosa chiedi.',
    noteTooLong: 'La nota supera {limit}.',
    expiry: 'Accetta risposte per',
    answers: 'Risposte',
    oneAnswer: 'Una risposta',
    dropBox: {
      one: 'Casella di raccolta: fino a {count} risposta',
      many: 'Casella di raccolta: fino a {count} di risposte',
      other: 'Casella di raccolta: fino a {count} risposte',
    },
    passkeyLabel: 'Lega la casella a una passkey',
    passkeyHint:
      'Così il link della casella non contiene alcuna chiave privata: per aprire le risposte serve anche la tua passkey.',
    passkeyUnavailable:
      'Il legame con una passkey non è disponibile: questo browser non sa derivare chiavi dalle passkey (WebAuthn PRF).',
    passkeyFailed:
      'Non è stato possibile creare o usare la passkey. Riprova, oppure lascia disattivata l’opzione passkey.',
    submit: 'Crea la richiesta',
    making: 'Creazione delle chiavi…',
    madeTitle: 'La tua richiesta è pronta',
    requestLinkLabel: 'Link della richiesta: invia questo',
    requestLinkNote: 'Chi lo ha può leggere la tua nota e rispondere fino al {date} ({relative}).',
    copyRequestLink: 'Copia il link della richiesta',
    inboxLinkLabel: 'Link della casella: tienilo per te',
    inboxLinkNote: 'Apre le risposte. Chiunque lo abbia può leggerle, quindi non condividerlo.',
    inboxPasskeyNote:
      'Elenca le risposte; per aprirle serve anche la passkey che hai appena creato.',
    copyInboxLink: 'Copia il link della casella',
    checking: 'Verifica del link…',
    answerTitle: 'Qualcuno ti chiede un segreto',
    noteCaption: 'La sua nota:',
    answerSubmit: 'Invialo cifrato',
    askLink: 'Ti serve un segreto da qualcuno? Richiedilo.',
    sentTitle: 'Inviato',
    sentBody:
      'La tua risposta è cifrata in modo che solo chi l’ha chiesta possa aprirla. Non ricevi alcun link.',
    inboxTitle: 'La tua casella',
    inboxLead: '{answers} risposte ricevute su {max}; {open} si possono aprire.',
    inboxEmpty: 'Ancora nessuna risposta da aprire.',
    inboxPasskeyLead: 'Questa casella è legata a una passkey. Usala per vedere le risposte.',
    usePasskey: 'Usa la mia passkey',
    wrongPasskeyTitle: 'Questa passkey non apre questa casella',
    wrongPasskeyBody:
      'Usa la passkey con cui è stata creata la richiesta. Non è stato aperto né consumato nulla.',
    inboxGoneTitle: 'Questa casella non è disponibile',
    inboxGoneBody: 'Il link è sbagliato, oppure la richiesta e tutte le sue risposte sono scadute.',
    answerLine: 'Risposta {n}: {size}, ricevuta il {date}, scade {relative}',
    open: 'Apri',
    refresh: 'Aggiorna',
  },
  timeLock: {
    optionLabel: 'Bloccalo fino a un orario stabilito',
    openingLabel: 'Si apre il',
    optionHint:
      'Nessuno potrà aprire il segreto prima di questo momento, nel tuo fuso orario. Deve precedere la scadenza, che si conta sempre da adesso.',
    inPast:
      'Questo momento è già passato: scegline uno successivo oppure lascia il campo vuoto perché si possa aprire subito.',
    afterExpiry:
      'Il segreto scadrebbe prima di aprirsi: scegli un momento precedente o una scadenza più lunga.',
    lockedLead: 'Bloccato nel tempo: si potrà aprire dal {date}.',
    opensIn: 'Si apre {relative}.',
    openNow: 'Ora si può aprire.',
    notYet:
      'Non ancora: secondo il server si apre il {date}. Non è stato consumato nulla; il conto alla rovescia ora segue l’orologio del server.',
    notYetTitle: 'Questo segreto non si può ancora aprire',
    notYetBody:
      'Chi lo ha inviato ha scelto un momento prima del quale resta bloccato. Non è stato consumato nulla: riprova più tardi.',
    invalidTitle: 'L’orario di apertura è stato rifiutato',
    invalidBody: 'Deve essere nel futuro e prima che il segreto scada.',
    receiptOpens: 'Si apre',
    lockedUntil: 'Bloccato fino al {date}',
  },
  fanOut: {
    option: 'Un link per persona',
    optionHint:
      'Ogni persona riceve un link tutto suo, con le aperture scelte sopra. I nomi sono facoltativi, cifrati e visibili solo a te sulla ricevuta.',
    person: 'Persona {index}',
    labelPlaceholder: 'Nome (facoltativo)',
    addPerson: 'Aggiungi una persona',
    remove: 'Rimuovi',
    removePerson: 'Rimuovi la persona {index}',
    nameTooLong: 'Il nome della persona {index} è troppo lungo (al massimo 63 byte).',
    notWithSplit:
      'Scegli se dividere tra persone o dare un link per persona, non entrambe le cose.',
    createdTitle: 'I tuoi link sono pronti',
    createdLead:
      'Dai a ogni persona il suo link. Ogni link apre il segreto da solo; la ricevuta mostra quali link sono stati aperti.',
    createdAnnounce: 'Link creati',
    notice: 'Ogni link può essere aperto {times} fino al {date} ({relative}).',
    linkLabel: 'Link n. {index}',
    copyLink: 'Copia il link di {name}',
    linksTitle: 'Link',
    waiting: 'In attesa',
    openedAt: 'Aperto il {date}',
    burned: 'Distrutto',
    burnLink: 'Distruggi',
    burnNamed: 'Distruggi il link di {name}',
    burnAll: 'Distruggi tutti i link',
    burnedAnnounce: 'Il link di {name} è stato distrutto',
  },
  problem: {
    goneTitle: 'Questo segreto non è disponibile',
    goneBody:
      'Non è mai esistito, è scaduto o è già stato aperto. Qui i segreti si possono leggere solo un numero limitato di volte. Chiedi al mittente di condividerne uno nuovo.',
    burnedFailuresTitle: 'Questo segreto è stato distrutto',
    burnedFailuresBody:
      'Sono state inserite troppe passphrase errate, quindi è stato distrutto per proteggerlo. Chiedi al mittente di condividerne uno nuovo.',
    shownTitle: 'Questo segreto non viene più mostrato',
    shownBody:
      'Per la tua sicurezza la pagina ha dimenticato il segreto quando l’hai lasciata. Non può essere mostrato di nuovo.',
    corruptedTitle: 'Questo link è danneggiato',
    corruptedBody:
      'Una parte del link manca o è stata modificata, quindi non può aprire nulla. Copia di nuovo l’intero link, compreso tutto ciò che segue il #. Se hai ricaricato questa pagina, la chiave è già stata tolta dalla barra degli indirizzi: apri di nuovo il link originale. Non è stato consumato nulla.',
    receiptCorruptedTitle: 'Questo link di ricevuta è danneggiato',
    receiptCorruptedBody:
      'Una parte del link manca o è stata modificata. Copia di nuovo l’intero link di ricevuta, compreso tutto ciò che segue il #.',
    receiptGoneTitle: 'Questa ricevuta non è disponibile',
    receiptGoneBody:
      'Il link di ricevuta è sbagliato, oppure il segreto è scaduto da così tanto che anche la ricevuta è stata eliminata.',
    decryptTitle: 'Non è stato possibile decifrare questo segreto',
    decryptBody:
      'I dati non corrispondevano al link: il link o i dati salvati sono stati alterati. Non è stato mostrato nulla di leggibile né offerto alcun file.',
    unsafeTitle: 'Questo segreto usa impostazioni non sicure',
    unsafeBody:
      'Le impostazioni della sua passphrase sono fuori dall’intervallo sicuro, quindi questa pagina si è rifiutata di elaborarlo.',
    offlineTitle: 'Il server non è raggiungibile',
    offlineBody: 'Controlla la connessione e riprova. Non è stato inviato né consumato nulla.',
    pageFailedTitle: 'Qualcosa non ha funzionato in questa pagina',
    pageFailedBody: 'Ricarica la pagina e riprova.',
    rateLimitedWait: 'Riprova {relative}. Non è stato consumato nulla.',
    notFoundTitle: 'Pagina non trovata',
    notFoundBody: 'A questo indirizzo non c’è nulla.',
    cancelledTitle: 'L’apertura è stata annullata',
    cancelledBody:
      'Non è stato salvato nulla. Se lo scaricamento era già iniziato, questa apertura conta come usata: «Riprova» mostra se il segreto si può ancora aprire.',
    retry: 'Riprova',
    home: 'Condividi un nuovo segreto',
    api: {
      quota_exceeded: {
        title: 'Il server per ora è pieno',
        body: 'Non è stato salvato nulla. I segreti liberano spazio quando vengono aperti o scadono: riprova più tardi, oppure invia meno.',
      },
      storage_full: {
        title: 'Il server ha esaurito lo spazio',
        body: 'Non è stato salvato nulla. I link già condivisi si aprono ancora; riprova più tardi.',
      },
      bad_request: {
        title: 'La richiesta non è stata accettata',
        body: 'Il server non è riuscito a capirla.',
      },
      invalid_envelope: {
        title: 'I dati cifrati sono stati rifiutati',
        body: 'Il server non ha accettato il segreto cifrato. Ricarica la pagina e riprova.',
      },
      payload_too_large: {
        title: 'Il segreto è troppo grande',
        body: 'Supera il limite di dimensione di questo server.',
      },
      unsupported_media_type: {
        title: 'La richiesta non è stata accettata',
        body: 'Il server ne ha rifiutato il formato.',
      },
      headers_too_large: {
        title: 'La richiesta non è stata accettata',
        body: 'Le sue intestazioni erano troppo grandi.',
      },
      not_found: { title: 'Non trovato', body: 'Il server non ha nulla a questo indirizzo.' },
      method_not_allowed: {
        title: 'La richiesta non è stata accettata',
        body: 'Il server non la consente.',
      },
      not_acceptable: {
        title: 'La richiesta non è stata accettata',
        body: 'Il server non può rispondere in una forma che questa pagina legga.',
      },
      upload_offset_mismatch: {
        title: 'Il caricamento si è interrotto',
        body: 'Il server e questa pagina non concordano su quanto è stato inviato. Riprova.',
      },
      id_taken: {
        title: 'Riprova',
        body: 'Durante la creazione del segreto c’è stata una rara collisione. Crearlo di nuovo funzionerà.',
      },
      name_taken: {
        title: 'Questo nome è già in uso',
        body: 'Esiste già una chiave API con questo nome: revocala prima o scegli un altro nome.',
      },
      request_closed: {
        title: 'Questa richiesta ha già avuto risposta',
        body: 'Non accetta altre risposte: ha già avuto risposta, è stata chiusa da chi l’ha fatta oppure è piena. Non è stato inviato nulla.',
      },
      not_live: {
        title: 'Questo segreto non è più attivo',
        body: 'È stato aperto, distrutto oppure è scaduto.',
      },
      idempotency_key_reused: {
        title: 'La richiesta non è stata accettata',
        body: 'Una richiesta ripetuta non corrispondeva all’originale. Riprova.',
      },
      unauthorized: {
        title: 'Serve una chiave API',
        body: 'Questo server crea segreti solo per i suoi membri. Controlla la tua chiave API e riprova; per aprire i link non serve alcuna chiave.',
      },
      insufficient_scope: {
        title: 'Questa chiave API non può farlo',
        body: 'Chiedi a chi gestisce questo servizio una chiave che possa creare segreti.',
      },
      wrong_passphrase: { title: 'Passphrase errata', body: 'La passphrase non corrispondeva.' },
      forbidden: { title: 'Questa richiesta non è consentita', body: 'Il server l’ha rifiutata.' },
      rate_limited: {
        title: 'Troppe richieste',
        body: 'Aspetta un minuto e riprova. Non è stato consumato nulla.',
      },
      unavailable: {
        title: 'Il servizio non è disponibile',
        body: 'Il server ora non può salvare né leggere segreti. Riprova tra poco.',
      },
      internal: {
        title: 'Qualcosa non ha funzionato sul server',
        body: 'Riprova. Se continua a succedere, avvisa chi gestisce questo servizio.',
      },
      unexpected_response: {
        title: 'Il server ha dato una risposta inattesa',
        body: 'Forse c’è di mezzo un proxy o una configurazione errata. Riprova più tardi.',
      },
    },
  },
}

export default it
