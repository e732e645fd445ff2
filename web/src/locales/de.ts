import type { Messages } from '../i18n/messages.ts'

const de: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'Ende-zu-Ende-verschlüsselt in Ihrem Browser. Der Server sieht weder Ihr Geheimnis noch seinen Schlüssel.',
    about: 'So funktioniert es',
    language: 'Sprache',
    darkTheme: 'Dunkles Design',
  },
  units: {
    characters: { one: '{count} Zeichen', other: '{count} Zeichen' },
    times: { one: 'einmal', other: '{count}-mal' },
    views: { one: '{count} Aufruf', other: '{count} Aufrufe' },
    attemptsLeft: { one: 'noch {count} Versuch', other: 'noch {count} Versuche' },
    wrongPassphrases: {
      one: '{count} falsche Passphrase',
      other: '{count} falsche Passphrasen',
    },
    files: { one: '{count} Datei', other: '{count} Dateien' },
  },
  create: {
    title: 'Ein Geheimnis teilen',
    intro:
      'Ihr Geheimnis wird in diesem Browser verschlüsselt, bevor es gesendet wird. Sie erhalten einen Link, der es einmal öffnet – danach ist es weg.',
    secretLabel: 'Geheimnis',
    secretPlaceholder: 'Fügen Sie ein Passwort, einen Schlüssel, eine Notiz ein…',
    counter: '{characters} · {size} von {limit}',
    tooLong: 'Zu lang: Auf diesem Server liegt die Grenze bei {limit}.',
    empty: 'Geben Sie zuerst ein Geheimnis ein oder fügen Sie es ein.',
    generator: 'Zufälliges Passwort oder Passphrase erzeugen',
    generatorKind: 'Art',
    kindPassword: 'Passwort',
    kindPassphrase: 'Passphrase (Wörter)',
    length: 'Länge',
    characters: 'Zeichen',
    words: 'Wörter',
    lowercase: 'Kleinbuchstaben a–z',
    uppercase: 'Großbuchstaben A–Z',
    digits: 'Ziffern 0–9',
    symbols: 'Sonderzeichen !#$…',
    generate: 'Ins Geheimnisfeld erzeugen',
    generated: 'In diesem Browser erzeugt (etwa {bits} Bit Zufall).',
    noCharset: 'Wählen Sie mindestens eine Zeichengruppe.',
    expiry: 'Läuft ab nach',
    views: 'Anzahl der Aufrufe',
    passphrase: 'Passphrase (optional)',
    passphraseHint:
      'Der Empfänger braucht sie, um das Geheimnis zu öffnen. Senden Sie sie auf einem anderen Weg als den Link.',
    notifyEmail: 'E-Mail an mich, wenn es geöffnet wird (optional)',
    notifyEmailHint:
      'Ihre Adresse bleibt nur so lange auf dem Server, bis diese E-Mail verschickt ist oder das Geheimnis nicht mehr existiert. Die E-Mail enthält keinen Link.',
    notifyEmailInvalid:
      'Geben Sie eine E-Mail-Adresse wie sie@example.com ein oder lassen Sie das Feld leer.',
    notifyEmailFiles:
      'Die E-Mail beim Öffnen gibt es nur für Text-Geheimnisse: Entfernen Sie die Dateien oder die Adresse.',
    showPassphrase: 'Passphrase anzeigen',
    generatePassphrase: 'Passphrase erzeugen',
    submit: 'Link erstellen',
    encrypting: 'Wird verschlüsselt…',
    stretching: 'Die Passphrase wird gestreckt (Argon2), das dauert einen Moment…',
  },
  files: {
    legend: 'Dateien (optional)',
    choose: 'Dateien auswählen…',
    limits:
      'Bis zu {file} pro Datei und {total} insgesamt, verschlüsselt, auf diesem Server. Sie können Dateien auch auf dieses Formular ziehen.',
    summary: '{files}, insgesamt {size}',
    fileTooLarge: 'Zu groß: Die Grenze liegt bei {limit} pro Datei.',
    nameTooLong: 'Der Name ist zu lang: höchstens 255 Byte.',
    tooMany: 'Zu viele Dateien: höchstens {max}.',
    totalTooLarge:
      'Insgesamt zu groß: Verschlüsselt belegen Nachricht und Dateien {size}, die Grenze auf diesem Server liegt bei {limit}.',
    fixFiles:
      'Einige Dateien können nicht gesendet werden: Entfernen Sie die in der Liste markierten.',
    remove: 'Entfernen',
    removeNamed: '{name} entfernen',
    removed: '{name} entfernt',
    added: '{files} hinzugefügt',
    empty: 'Geben Sie zuerst ein Geheimnis ein oder wählen Sie eine Datei.',
    cancelled: 'Abgebrochen. Nichts wurde geteilt und kein Link erstellt.',
  },
  progress: {
    encrypting: 'Verschlüsseln',
    uploading: 'Hochladen',
    downloading: 'Herunterladen',
    decrypting: 'Entschlüsseln',
    numbers: '{percent} · {done} von {total}',
    speed: '{size}/s',
    announce: '{phase}: {percent}',
    cancel: 'Abbrechen',
  },
  created: {
    shareHint:
      'Fügen Sie den ganzen Link als reinen Text in einen Chat oder eine Nachricht ein. Manche Mailfilter schreiben Links um und legen dabei den Schlüssel offen; die Seite der Empfängerin oder des Empfängers warnt dann davor.',
    title: 'Ihr Link ist bereit',
    announce: 'Link erstellt',
    shareLabel: 'Link zum Teilen',
    notice:
      'Er kann {times} geöffnet werden, bis {date} ({relative}). Danach ist er endgültig weg.',
    passphraseReminder: 'Senden Sie die Passphrase getrennt, auf einem anderen Weg.',
    qrLabel: 'QR-Code des Links',
    qrCaption:
      'Scannen Sie ihn mit der Kamera eines Telefons, um den Link dort zu öffnen. Er enthält auch den Schlüssel.',
    receiptLabel: 'Privater Beleg-Link',
    receiptNote:
      'Behalten Sie diesen für sich: Er zeigt, ob das Geheimnis geöffnet wurde, und lässt Sie es vorzeitig vernichten.',
    another: 'Weiteres Geheimnis erstellen',
    sendByEmail: 'Per E-Mail senden',
    share: 'Teilen…',
    sharePassphrase:
      'Die Passphrase ist nicht enthalten: Senden Sie sie dem Empfänger auf einem anderen Weg.',
    mailSubject: 'Ein Geheimnis für Sie',
    mailBody:
      'Ich teile ein Geheimnis mit Ihnen. Öffnen Sie diesen Link in Ihrem Browser, um es zu sehen. Er kann {times} geöffnet werden, bis {date}, danach ist er weg:',
    mailPassphrase:
      'Zum Öffnen brauchen Sie außerdem eine Passphrase. Die sende ich Ihnen auf einem anderen Weg.',
  },
  copy: {
    copy: 'Kopieren',
    copied: 'Kopiert',
    shareLink: 'Link kopieren',
    receiptLink: 'Beleg-Link kopieren',
    secret: 'Geheimnis kopieren',
    announce: 'In die Zwischenablage kopiert',
    failed:
      'Kopieren fehlgeschlagen: Der Text ist markiert, drücken Sie Strg+C (oder ⌘C), um ihn zu kopieren.',
  },
  reveal: {
    exposedLink:
      'Dieser Link wurde mit sichtbarem Schlüssel verschickt: Sein # wurde zu %23 geändert (oft von einem Mailfilter), sodass der Schlüssel den Server und alles unterwegs passiert hat, was Adressen protokolliert. Bitten Sie den Absender, dieses Geheimnis als offengelegt zu behandeln: das enthaltene Passwort oder den Schlüssel zu ändern und den Link nächstes Mal als reinen Text in einem Chat oder einer Nachricht zu senden.',
    checking: 'Link wird geprüft…',
    title: 'Ein Geheimnis wartet auf Sie',
    viewOnce: 'Es kann einmal angesehen werden. Das Öffnen vernichtet es.',
    viewMany: 'Es kann insgesamt {times} angesehen werden. Das letzte Öffnen vernichtet es.',
    expires: 'Verfügbar bis {date} ({relative}).',
    nothingYet: 'Nichts wird geöffnet, bevor Sie auf die Schaltfläche drücken.',
    passphrase: 'Passphrase',
    passphraseHint: 'Der Absender sollte sie Ihnen getrennt gegeben haben.',
    passphraseMissing: 'Geben Sie zuerst die Passphrase ein.',
    wrongPassphrase: 'Falsche Passphrase – {attempts}, dann wird das Geheimnis vernichtet.',
    submit: 'Geheimnis anzeigen',
    decrypting: 'Wird entschlüsselt…',
    stretching: 'Die Passphrase wird geprüft (Argon2), das dauert einen Moment…',
    revealedTitle: 'Ihr Geheimnis',
    announce: 'Geheimnis angezeigt',
    textLabel: 'Text des Geheimnisses',
    destroyed:
      'Es wurde vom Server gelöscht, und dieser Link funktioniert nicht mehr. Kopieren Sie es jetzt, wenn Sie es brauchen.',
    viewsLeft: 'Dieser Link kann noch {times} geöffnet werden, dann wird er gelöscht.',
    clipboardWarning:
      'Ihr Zwischenablage-Verlauf oder eine Cloud-Synchronisierung der Zwischenablage kann kopierten Text aufbewahren.',
    filesLabel: 'Dateien',
    saveFile: '{name} speichern ({size})',
    filesNote: 'Dateien werden hier nie geöffnet: Speichern und prüfen Sie sie vor dem Öffnen.',
  },
  receipt: {
    exposedLink:
      'Dieser Beleg-Link wurde mit sichtbarem Token verschickt: Sein # wurde zu %23 geändert, sodass das Token den Server und alles unterwegs passiert hat, was Adressen protokolliert. Wer es gesehen hat, kann dieses Geheimnis prüfen oder vernichten, und der geteilte Link könnte denselben Weg genommen haben: Vernichten Sie es jetzt und teilen Sie das Geheimnis erneut.',
    checking: 'Geheimnis wird geprüft…',
    active: 'Noch nicht geöffnet',
    partly: 'Geöffnet, noch verfügbar',
    viewed: 'Geöffnet',
    expired: 'Abgelaufen',
    burned: 'Von Ihnen vernichtet',
    burnedFailures: 'Nach zu vielen falschen Passphrasen vernichtet',
    activeNone: 'Noch niemand hat das Geheimnis geöffnet.',
    activeSome: {
      one: 'Bisher {count}-mal geöffnet, von {max} erlaubten.',
      other: 'Bisher {count}-mal geöffnet, von {max} erlaubten.',
    },
    viewedAt: 'Geöffnet am {date}. Es ist jetzt gelöscht.',
    viewedNoTime: 'Es wurde geöffnet und ist jetzt gelöscht.',
    expiredDetail: 'Niemand hat es vor dem Ablauf geöffnet. Es ist jetzt gelöscht.',
    burnedDetail: 'Niemand kann es mehr öffnen.',
    failuresDetail:
      'Jemand hat {passphrases} eingegeben, daher wurde das Geheimnis zu seinem Schutz vernichtet.',
    created: 'Erstellt',
    expires: 'Läuft ab',
    expiredAt: 'Abgelaufen',
    failures: 'Falsche Passphrasen',
    when: '{date} ({relative})',
    refresh: 'Aktualisieren',
    refreshed: 'Status aktualisiert',
    burn: 'Jetzt vernichten',
    burnConfirm: 'Das Geheimnis jetzt vernichten? Der Link funktioniert dann für niemanden mehr.',
    burnYes: 'Ja, vernichten',
    burnNo: 'Abbrechen',
    burnedAnnounce: 'Geheimnis vernichtet',
  },
  split: {
    option: 'Auf mehrere Personen aufteilen',
    optionHint:
      'Statt eines Links entsteht ein Link pro Person. Das Geheimnis öffnet sich erst, wenn genug von ihnen ihre Links in einem Browser zusammenbringen; weniger verraten nichts.',
    needed: 'Zum Öffnen nötige Links',
    total: 'Personen (Links insgesamt)',
    createdTitle: 'Ihre aufgeteilten Links sind bereit',
    createdLead:
      'Geben Sie jeden Link einer anderen Person. Beliebige {needed} dieser {total} Links öffnen das Geheimnis gemeinsam; weniger verraten nichts. Kein einzelner Link ist der ganze Schlüssel.',
    createdAnnounce: 'Aufgeteilte Links erstellt',
    linkLabel: 'Link {index} von {total}',
    copyLink: 'Link {index} kopieren',
    qrLabel: 'QR-Code von Link {index}',
    title: 'Teil eines aufgeteilten Geheimnisses',
    lead: 'Dieses Geheimnis wurde auf mehrere Personen aufgeteilt: {needed} ihrer Links sind zum Öffnen nötig. Fügen Sie die anderen Links hier in diesem Browser ein. Nichts wird irgendwohin gesendet, bevor genug beisammen sind und Sie die Schaltfläche drücken.',
    present: '{present} von {needed} Teilen vorhanden.',
    missing: {
      one: 'Es fehlt noch {count} Link.',
      other: 'Es fehlen noch {count} Links.',
    },
    shareItem: 'Teil {index} von {total}',
    sharesLabel: 'Teile in diesem Browser',
    pasteLabel: 'Ein weiterer Teil-Link',
    pasteHint:
      'Fügen Sie einen oder mehrere Links dieses Geheimnisses ein, getrennt durch Leerzeichen oder Zeilenumbrüche.',
    add: 'Link hinzufügen',
    added: 'Hinzugefügt. {present} von {needed} Teilen vorhanden.',
    empty: 'Fügen Sie zuerst einen Teil-Link ein.',
    combining: 'Die Teile werden zusammengesetzt…',
    badShare:
      'Das ist kein Teil-Link eines aufgeteilten Geheimnisses, oder ein Stück davon fehlt. Kopieren Sie den ganzen Link erneut. Nichts wurde verbraucht.',
    mismatch:
      'Dieser Link ist ein Teil eines anderen Geheimnisses (oder einer anderen Aufteilung davon) und hilft hier nicht. Nichts wurde verbraucht.',
    duplicate: 'Dieser Teil ist schon da: Es wird ein Link von jemand anderem gebraucht.',
    corrupted:
      'Diese Teile passen nicht zusammen: Einer wurde verändert. Nichts wurde verbraucht; bitten Sie seine Inhaberin oder seinen Inhaber, den Link erneut zu kopieren.',
  },
  about: {
    fingerprintTitle: 'Diese Seite prüfen',
    fingerprintText:
      'Dieser Server veröffentlicht den SHA-256 jeder Datei dieser Seite in einem Manifest. Dessen Fingerabdruck steht unten: Vergleichen Sie ihn mit dem für die Version veröffentlichten, der Sie vertrauen, oder führen Sie „hushlink verify“ mit dieser Adresse aus; das prüft jede Datei, die die Seite lädt.',
    fingerprintLabel: 'Fingerabdruck des Build-Manifests der Seite',
    fingerprintCopy: 'Fingerabdruck kopieren',
    fingerprintLoading: 'Das Manifest wird gelesen…',
    fingerprintMissing:
      'Dieser Server veröffentlicht kein Build-Manifest, daher kann diese Seite nicht geprüft werden.',
    title: 'So funktioniert Hushlink',
    lead: 'Hushlink gibt ein Geheimnis von Ihnen an eine Person weiter und vergisst es dann. Hier steht, was passiert und warum niemand sonst es lesen kann – auch wir nicht.',
    howTitle: 'Was mit Ihrem Geheimnis passiert',
    how1: 'Diese Seite erzeugt einen zufälligen Schlüssel und verschlüsselt Ihr Geheimnis damit, in Ihrem Browser (libsodium, XChaCha20-Poly1305).',
    how2: 'Nur die verschlüsselten Daten gehen an den Server. Der Schlüssel steckt im Teil des Links nach dem #, den Browser nie an einen Server senden.',
    how3: 'Wenn der Empfänger auf die Schaltfläche drückt, holt sein Browser die verschlüsselten Daten einmal ab und entschlüsselt sie. Der Server löscht sie nach dem letzten erlaubten Öffnen oder wenn sie ablaufen.',
    how4: 'Eine Passphrase wird im Browser mit Argon2id gestreckt und in den Schlüssel eingemischt. Der Server behält nur einen Prüfwert und vernichtet das Geheimnis nach wenigen Fehlversuchen.',
    trustTitle: 'Warum Sie ihm vertrauen können',
    trust1:
      'Der Server speichert Chiffretext, Größen und Zeiten: niemals Ihren Text, Ihren Schlüssel oder Ihre Passphrase.',
    trust2:
      'Die Seite lädt nichts von anderen Websites, setzt keine Cookies und hat keine Analyse. Ihre Sicherheitsrichtlinie blockiert jeden Versuch dazu.',
    trust3:
      'Jedes Skript wird vor der Ausführung gegen seinen Hash geprüft (Subresource Integrity).',
    trust4:
      'Das Öffnen eines Links zeigt nur, dass ein Geheimnis wartet: Link-Vorschauen und Scanner verbrauchen es nicht.',
    limitsTitle: 'Wovor es nicht schützen kann',
    limits1:
      'Wer den Link zuerst bekommt, kann ihn öffnen. Sie merken es: Der Beleg zeigt ihn als geöffnet, und Ihr Empfänger findet ihn nicht mehr. Eine auf anderem Weg gesendete Passphrase schließt diese Lücke.',
    limits2:
      'Ein kompromittiertes Gerät, eine Browser-Erweiterung oder eine Bildschirmaufnahme sieht, was Sie sehen.',
    limits3:
      'Ein selbst kompromittierter Server könnte eine veränderte Seite ausliefern. Der Kommandozeilen-Client muss der Seite gar nicht vertrauen.',
    start: 'Ein Geheimnis teilen',
  },
  apiKey: {
    rememberFor: 'Er wird nach 7 Tagen vergessen.',
    checking: 'Der API-Schlüssel wird geprüft…',
    adminRefused:
      'Das ist ein Administratorschlüssel. Diese Seite lehnt ihn ab: In einem Browser ist ein Schlüssel, der die Einträge aller Geheimnisse lesen und vernichten kann, zu sehr gefährdet. Verwenden Sie einen Schlüssel mit dem Recht zum Erstellen.',
    label: 'API-Schlüssel',
    hint: 'Dieser Server erstellt Geheimnisse nur für seine Mitglieder. Zum Öffnen eines Links braucht man nie einen Schlüssel.',
    remember: 'Auf diesem Gerät merken',
    missing: 'Geben Sie zuerst Ihren API-Schlüssel ein.',
    malformed: 'Das ist kein API-Schlüssel: Er beginnt mit hlk_ und ist 47 Zeichen lang.',
  },
  account: {
    navLabel: 'Konto',
    signIn: 'Anmelden',
    signOut: 'Abmelden',
    mySecrets: 'Meine Geheimnisse',
    admin: 'Verwaltung',
    myIntro:
      'Geheimnisse, die Sie angemeldet erstellt haben und die noch warten oder kürzlich abgeschlossen wurden. Angezeigt wird nur ihr Zustand: Ihr Inhalt lag nie lesbar auf dem Server.',
    none: 'Hier ist noch nichts.',
    createNew: 'Neues Geheimnis teilen',
    createSignIn:
      'Dieser Server erstellt Geheimnisse nur für seine Mitglieder: Melden Sie sich an oder geben Sie unten einen API-Schlüssel ein.',
    signInTitle: 'Bitte zuerst anmelden',
    signInBody:
      'Melden Sie sich mit dem Konto Ihrer Organisation an, um die Geheimnisse zu sehen, die Sie geteilt haben. Zum Öffnen eines Links braucht man nie ein Konto.',
    created: 'Erstellt',
    owner: 'Inhaber',
    anonymous: 'anonym',
    state: 'Zustand',
    expires: 'Läuft ab',
    viewsLeft: 'Verbleibende Aufrufe',
    actions: 'Aktionen',
    waiting: 'Wartet',
    active: 'Wartet',
    opened: 'Geöffnet',
    openedAt: 'Geöffnet am {date}',
    openedSome: 'Geöffnet am {date} ({count} von {max} Aufrufen), noch verfügbar',
    expired: 'Abgelaufen',
    burned: 'Vernichtet',
    burnedFailures: 'Nach falschen Passphrasen vernichtet',
    burn: 'Vernichten',
    burnLabel: 'Das am {date} erstellte Geheimnis vernichten',
    burnedAnnounce: 'Geheimnis vernichtet',
  },
  signIn: {
    title: 'Anmelden',
    intro:
      'Melden Sie sich mit dem Konto Ihrer Organisation an, um Geheimnisse zu teilen und die von Ihnen geteilten zu sehen.',
    failedTitle: 'Anmeldung fehlgeschlagen',
    problems: {
      expired:
        'Die Anmeldung hat zu lange gedauert oder wurde in einem anderen Browser begonnen. Bitte versuchen Sie es erneut.',
      state:
        'Die Antwort des Identitätsanbieters gehörte nicht zu dieser Anmeldung oder wurde schon verwendet. Bitte versuchen Sie es erneut.',
      denied: 'Der Identitätsanbieter hat Sie nicht angemeldet.',
      rejected:
        'Die Antwort des Identitätsanbieters hat die Sicherheitsprüfungen nicht bestanden und wurde deshalb abgelehnt.',
      domain: 'Ihr Konto gehört zu keiner Domain, die dieser Server zulässt.',
      group: 'Ihr Konto gehört zu keiner Gruppe, die diesen Server nutzen darf.',
      unavailable:
        'Der Identitätsanbieter ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    },
  },
  admin: {
    title: 'Verwaltung',
    signInBody: 'Melden Sie sich mit einem Administratorkonto an, um diesen Server zu verwalten.',
    deniedTitle: 'Diese Seite ist für Administratoren',
    deniedBody:
      'Ihr Konto gehört zu keiner Administratorgruppe. Wenden Sie sich an die Betreiber dieses Dienstes.',
    stats: 'Geheimnisse nach Zustand',
    uploading: 'Laufende Uploads',
    bytesStored: 'Gespeichert (verschlüsselt)',
    secrets: 'Geheimnisse',
    stateFilter: 'Zustand',
    anyState: 'Jeder Zustand',
    apply: 'Anzeigen',
    page: 'Seite {page}, neueste zuerst',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    extend: 'Um 1 Tag verlängern',
    extendLabel: 'Um 1 Tag verlängern: das am {date} erstellte Geheimnis',
    done: 'Erledigt',
    keys: 'API-Schlüssel',
    newKey: 'Neuer API-Schlüssel',
    keyName: 'Bezeichnung',
    keyNameHint:
      'Buchstaben, Ziffern und . _ @ - (wird als Inhaber dessen vermerkt, was der Schlüssel erstellt).',
    keyScope: 'Berechtigung',
    scopeCreate: 'Geheimnisse erstellen',
    scopeAdmin: 'Verwalten',
    createKey: 'Schlüssel erstellen',
    keyCreated: 'Schlüssel {name} erstellt.',
    keyOnce: 'Der Schlüssel, nur dieses eine Mal angezeigt',
    copyKey: 'API-Schlüssel kopieren',
    lastUsed: 'Zuletzt verwendet',
    never: 'nie',
    noKeys: 'Keine API-Schlüssel.',
    revoke: 'Widerrufen',
    revokeLabel: 'Schlüssel {name} widerrufen',
  },
  request: {
    exposedRequestLink:
      'Dieser Anfragelink wurde mit sichtbarem Schlüssel verschickt: Sein # wurde zu %23 geändert (oft von einem Mailfilter), daher lief der Schlüssel über den Server und alles unterwegs, was Adressen protokolliert. Ihre Antwort bleibt nur für den Anfragenden verschlüsselt, doch wer den Link gesehen hat, könnte ebenfalls antworten: Sagen Sie es dem Anfragenden, damit er weiß, welche Antwort von Ihnen ist.',
    exposedInboxLink:
      'Dieser Posteingangslink wurde mit sichtbarem privatem Schlüssel verschickt: Sein # wurde zu %23 geändert, daher lief der Schlüssel über den Server und alles unterwegs, was Adressen protokolliert. Wer ihn gesehen hat, kann diese Antworten öffnen: Betrachten Sie ihren Inhalt als offengelegt, ändern Sie ihn und bitten Sie mit einer neuen Anfrage erneut darum.',
    title: 'Ein Geheimnis anfordern',
    intro:
      'Bitten Sie jemanden, Ihnen ein Geheimnis zu senden. Dieser Browser erzeugt ein Schlüsselpaar: Nur Ihr Posteingangs-Link (oder Ihr Passkey) öffnet die Antworten, und der Server sieht sie nie.',
    noteLabel: 'Worum bitten Sie?',
    noteHint:
      'Wird jedem angezeigt, der den Anfrage-Link hat; ebenfalls verschlüsselt. Höchstens {limit}.',
    noteEmpty: 'Schreiben Sie, worum Sie bitten.',
    noteTooLong: 'Die Notiz ist länger als {limit}.',
    expiry: 'Nimmt Antworten an für',
    answers: 'Antworten',
    oneAnswer: 'Eine Antwort',
    dropBox: {
      one: 'Briefkasten: bis zu {count} Antwort',
      other: 'Briefkasten: bis zu {count} Antworten',
    },
    passkeyLabel: 'Posteingang an einen Passkey binden',
    passkeyHint:
      'Der Posteingangs-Link enthält dann keinen privaten Schlüssel: Zum Öffnen der Antworten brauchen Sie auch Ihren Passkey.',
    passkeyUnavailable:
      'Die Bindung an einen Passkey ist nicht verfügbar: Dieser Browser kann keine Schlüssel aus Passkeys ableiten (WebAuthn PRF).',
    passkeyFailed:
      'Der Passkey konnte nicht erstellt oder verwendet werden. Versuchen Sie es erneut oder lassen Sie die Passkey-Option aus.',
    submit: 'Anfrage erstellen',
    making: 'Schlüssel werden erzeugt…',
    madeTitle: 'Ihre Anfrage ist bereit',
    requestLinkLabel: 'Anfrage-Link: diesen versenden',
    requestLinkNote: 'Wer ihn hat, kann Ihre Notiz lesen und bis {date} ({relative}) antworten.',
    copyRequestLink: 'Anfrage-Link kopieren',
    inboxLinkLabel: 'Posteingangs-Link: diesen für sich behalten',
    inboxLinkNote:
      'Er öffnet die Antworten. Jeder, der ihn hat, kann sie lesen – geben Sie ihn also nicht weiter.',
    inboxPasskeyNote:
      'Er listet die Antworten auf; zum Öffnen brauchen Sie außerdem den Passkey, den Sie gerade erstellt haben.',
    copyInboxLink: 'Posteingangs-Link kopieren',
    checking: 'Link wird geprüft…',
    answerTitle: 'Jemand bittet Sie um ein Geheimnis',
    noteCaption: 'Die Notiz dazu:',
    answerSubmit: 'Verschlüsselt senden',
    askLink: 'Sie brauchen ein Geheimnis von jemandem? Fordern Sie es an.',
    sentTitle: 'Gesendet',
    sentBody:
      'Ihre Antwort ist so verschlüsselt, dass nur die anfragende Person sie öffnen kann. Sie erhalten keinen Link.',
    inboxTitle: 'Ihr Posteingang',
    inboxLead: '{answers} von {max} Antworten eingegangen; {open} können geöffnet werden.',
    inboxEmpty: 'Noch keine Antwort zum Öffnen.',
    inboxPasskeyLead:
      'Dieser Posteingang ist an einen Passkey gebunden. Verwenden Sie ihn, um die Antworten zu sehen.',
    usePasskey: 'Meinen Passkey verwenden',
    wrongPasskeyTitle: 'Dieser Passkey öffnet diesen Posteingang nicht',
    wrongPasskeyBody:
      'Verwenden Sie den Passkey, mit dem die Anfrage erstellt wurde. Es wurde nichts geöffnet oder verbraucht.',
    inboxGoneTitle: 'Dieser Posteingang ist nicht verfügbar',
    inboxGoneBody: 'Der Link ist falsch, oder die Anfrage und alle ihre Antworten sind abgelaufen.',
    answerLine: 'Antwort {n}: {size}, erhalten {date}, läuft {relative} ab',
    open: 'Öffnen',
    refresh: 'Aktualisieren',
  },
  timeLock: {
    optionLabel: 'Bis zu einem festen Zeitpunkt sperren',
    openingLabel: 'Öffnet ab',
    optionHint:
      'Vor diesem Zeitpunkt (in Ihrer Zeitzone) kann niemand das Geheimnis öffnen. Er muss vor dem Ablauf liegen: Die Ablaufzeit zählt weiterhin ab jetzt.',
    inPast:
      'Dieser Zeitpunkt ist vorbei: Wählen Sie einen späteren oder lassen Sie das Feld leer, damit es sofort geöffnet werden kann.',
    afterExpiry:
      'Das Geheimnis würde ablaufen, bevor es sich öffnet: Wählen Sie einen früheren Zeitpunkt oder eine längere Gültigkeit.',
    lockedLead: 'Zeitgesperrt: Es kann ab {date} geöffnet werden.',
    opensIn: 'Öffnet sich {relative}.',
    openNow: 'Es kann jetzt geöffnet werden.',
    notYet:
      'Noch nicht: Laut Server öffnet es sich am {date}. Nichts wurde verbraucht; der Countdown folgt jetzt der Uhr des Servers.',
    notYetTitle: 'Dieses Geheimnis kann noch nicht geöffnet werden',
    notYetBody:
      'Der Absender hat einen Zeitpunkt gewählt, bis zu dem es gesperrt bleibt. Nichts wurde verbraucht: Versuchen Sie es später erneut.',
    invalidTitle: 'Der Öffnungszeitpunkt wurde abgelehnt',
    invalidBody: 'Er muss in der Zukunft und vor dem Ablauf des Geheimnisses liegen.',
    receiptOpens: 'Öffnet ab',
    lockedUntil: 'Gesperrt bis {date}',
  },
  fanOut: {
    option: 'Ein Link pro Person',
    optionHint:
      'Jede Person bekommt einen eigenen Link, mit den oben gewählten Aufrufen. Namen sind freiwillig, verschlüsselt und nur für Sie auf der Quittung sichtbar.',
    person: 'Person Nr. {index}',
    labelPlaceholder: 'Bezeichnung (freiwillig)',
    addPerson: 'Person hinzufügen',
    remove: 'Entfernen',
    removePerson: 'Person {index} entfernen',
    nameTooLong: 'Der Name von Person {index} ist zu lang (höchstens 63 Byte).',
    notWithSplit:
      'Wählen Sie entweder „Auf Personen aufteilen“ oder einen Link pro Person, nicht beides.',
    createdTitle: 'Ihre Links sind bereit',
    createdLead:
      'Geben Sie jeder Person ihren eigenen Link. Jeder Link öffnet das Geheimnis für sich; die Quittung zeigt, wessen Link geöffnet wurde.',
    createdAnnounce: 'Links erstellt',
    notice: 'Jeder Link kann {times} geöffnet werden, bis {date} ({relative}).',
    linkLabel: 'Link Nr. {index}',
    copyLink: 'Link von {name} kopieren',
    linksTitle: 'Ihre Links',
    waiting: 'Wartet',
    openedAt: 'Geöffnet am {date}',
    burned: 'Vernichtet',
    burnLink: 'Vernichten',
    burnNamed: 'Link von {name} vernichten',
    burnAll: 'Alle Links vernichten',
    burnedAnnounce: 'Der Link von {name} ist vernichtet',
  },
  problem: {
    goneTitle: 'Dieses Geheimnis ist nicht verfügbar',
    goneBody:
      'Es hat nie existiert, ist abgelaufen oder wurde bereits geöffnet. Geheimnisse hier können nur begrenzt oft gelesen werden. Bitten Sie den Absender, ein neues zu teilen.',
    burnedFailuresTitle: 'Dieses Geheimnis wurde vernichtet',
    burnedFailuresBody:
      'Es wurden zu viele falsche Passphrasen eingegeben, daher wurde es zu seinem Schutz vernichtet. Bitten Sie den Absender, ein neues zu teilen.',
    shownTitle: 'Dieses Geheimnis wird nicht mehr angezeigt',
    shownBody:
      'Zu Ihrer Sicherheit hat die Seite das Geheimnis vergessen, als Sie sie verlassen haben. Es kann nicht erneut angezeigt werden.',
    corruptedTitle: 'Dieser Link ist beschädigt',
    corruptedBody:
      'Ein Teil des Links fehlt oder wurde verändert, daher kann er nichts öffnen. Kopieren Sie den ganzen Link erneut, einschließlich allem nach dem #. Wenn Sie diese Seite neu geladen haben, wurde der Schlüssel bereits aus der Adressleiste entfernt: Öffnen Sie den ursprünglichen Link erneut. Nichts wurde verbraucht.',
    receiptCorruptedTitle: 'Dieser Beleg-Link ist beschädigt',
    receiptCorruptedBody:
      'Ein Teil des Links fehlt oder wurde verändert. Kopieren Sie den ganzen Beleg-Link erneut, einschließlich allem nach dem #.',
    receiptGoneTitle: 'Dieser Beleg ist nicht verfügbar',
    receiptGoneBody:
      'Der Beleg-Link ist falsch, oder das Geheimnis ist schon so lange abgelaufen, dass auch sein Beleg gelöscht wurde.',
    decryptTitle: 'Dieses Geheimnis konnte nicht entschlüsselt werden',
    decryptBody:
      'Die Daten passten nicht zum Link: Der Link oder die gespeicherten Daten wurden verändert. Es wurde nichts Lesbares angezeigt und keine Datei angeboten.',
    unsafeTitle: 'Dieses Geheimnis verwendet unsichere Einstellungen',
    unsafeBody:
      'Seine Passphrase-Einstellungen liegen außerhalb des sicheren Bereichs, daher hat diese Seite die Verarbeitung verweigert.',
    offlineTitle: 'Der Server ist nicht erreichbar',
    offlineBody:
      'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. Nichts wurde gesendet oder verbraucht.',
    pageFailedTitle: 'Auf dieser Seite ist etwas schiefgegangen',
    pageFailedBody: 'Laden Sie die Seite neu und versuchen Sie es erneut.',
    rateLimitedWait: 'Bitte versuchen Sie es {relative} erneut. Nichts wurde verbraucht.',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundBody: 'Unter dieser Adresse gibt es nichts.',
    cancelledTitle: 'Das Öffnen wurde abgebrochen',
    cancelledBody:
      'Nichts wurde gespeichert. Hatte der Download schon begonnen, zählt dieses Öffnen als verbraucht: „Erneut versuchen“ zeigt, ob das Geheimnis noch geöffnet werden kann.',
    retry: 'Erneut versuchen',
    home: 'Neues Geheimnis teilen',
    api: {
      quota_exceeded: {
        title: 'Der Server ist vorerst voll',
        body: 'Nichts wurde gespeichert. Geheimnisse geben ihren Platz frei, wenn sie geöffnet werden oder ablaufen: Versuchen Sie es später erneut oder senden Sie weniger.',
      },
      storage_full: {
        title: 'Dem Server ist der Speicher ausgegangen',
        body: 'Nichts wurde gespeichert. Bereits geteilte Links lassen sich weiterhin öffnen; versuchen Sie es später erneut.',
      },
      bad_request: {
        title: 'Die Anfrage wurde nicht angenommen',
        body: 'Der Server konnte sie nicht verstehen.',
      },
      invalid_envelope: {
        title: 'Die verschlüsselten Daten wurden abgelehnt',
        body: 'Der Server hat das verschlüsselte Geheimnis nicht angenommen. Laden Sie die Seite neu und versuchen Sie es erneut.',
      },
      payload_too_large: {
        title: 'Das Geheimnis ist zu groß',
        body: 'Es überschreitet die Größengrenze dieses Servers.',
      },
      unsupported_media_type: {
        title: 'Die Anfrage wurde nicht angenommen',
        body: 'Der Server hat ihr Format abgelehnt.',
      },
      headers_too_large: {
        title: 'Die Anfrage wurde nicht angenommen',
        body: 'Ihre Header waren zu groß.',
      },
      not_found: {
        title: 'Nicht gefunden',
        body: 'Der Server hat unter dieser Adresse nichts.',
      },
      method_not_allowed: {
        title: 'Die Anfrage wurde nicht angenommen',
        body: 'Der Server erlaubt sie nicht.',
      },
      not_acceptable: {
        title: 'Die Anfrage wurde nicht angenommen',
        body: 'Der Server kann nicht in einer Form antworten, die diese Seite liest.',
      },
      upload_offset_mismatch: {
        title: 'Das Hochladen wurde unterbrochen',
        body: 'Server und Seite sind sich nicht einig, wie viel gesendet wurde. Bitte versuchen Sie es erneut.',
      },
      id_taken: {
        title: 'Bitte versuchen Sie es erneut',
        body: 'Beim Erstellen des Geheimnisses gab es eine seltene Kollision. Ein erneuter Versuch wird klappen.',
      },
      name_taken: {
        title: 'Dieser Name ist vergeben',
        body: 'Es gibt bereits einen API-Schlüssel mit diesem Namen: Widerrufen Sie ihn zuerst oder wählen Sie einen anderen Namen.',
      },
      request_closed: {
        title: 'Diese Anfrage wurde schon beantwortet',
        body: 'Sie nimmt keine Antworten mehr an: Sie wurde beantwortet, von der anfragenden Person geschlossen oder ist voll. Es wurde nichts gesendet.',
      },
      not_live: {
        title: 'Dieses Geheimnis ist nicht mehr aktiv',
        body: 'Es wurde geöffnet, vernichtet oder ist abgelaufen.',
      },
      idempotency_key_reused: {
        title: 'Die Anfrage wurde nicht angenommen',
        body: 'Eine wiederholte Anfrage passte nicht zur ursprünglichen. Bitte versuchen Sie es erneut.',
      },
      unauthorized: {
        title: 'Ein API-Schlüssel ist nötig',
        body: 'Dieser Server erstellt Geheimnisse nur für seine Mitglieder. Prüfen Sie Ihren API-Schlüssel und versuchen Sie es erneut; zum Öffnen von Links braucht man keinen Schlüssel.',
      },
      insufficient_scope: {
        title: 'Dieser API-Schlüssel darf das nicht',
        body: 'Bitten Sie die Betreiber dieses Dienstes um einen Schlüssel, der Geheimnisse erstellen darf.',
      },
      wrong_passphrase: {
        title: 'Falsche Passphrase',
        body: 'Die Passphrase stimmte nicht.',
      },
      forbidden: {
        title: 'Diese Anfrage ist nicht erlaubt',
        body: 'Der Server hat sie abgelehnt.',
      },
      rate_limited: {
        title: 'Zu viele Anfragen',
        body: 'Bitte warten Sie eine Minute und versuchen Sie es erneut. Nichts wurde verbraucht.',
      },
      unavailable: {
        title: 'Der Dienst ist nicht verfügbar',
        body: 'Der Server kann gerade keine Geheimnisse speichern oder lesen. Bitte versuchen Sie es gleich noch einmal.',
      },
      internal: {
        title: 'Auf dem Server ist etwas schiefgegangen',
        body: 'Bitte versuchen Sie es erneut. Wenn es weiter passiert, sagen Sie es den Betreibern dieses Dienstes.',
      },
      unexpected_response: {
        title: 'Der Server hat unerwartet geantwortet',
        body: 'Ein Proxy oder eine Fehlkonfiguration steht vielleicht im Weg. Bitte versuchen Sie es später erneut.',
      },
    },
  },
}

export default de
