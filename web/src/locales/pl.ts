import type { Messages } from '../i18n/messages.ts'

const pl: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'Szyfrowanie end-to-end w Twojej przeglądarce. Serwer nigdy nie widzi Twojego sekretu ani jego klucza.',
    about: 'Jak to działa',
    language: 'Język',
    darkTheme: 'Ciemny motyw',
  },
  units: {
    characters: {
      one: '{count} znak',
      few: '{count} znaki',
      many: '{count} znaków',
      other: '{count} znaku',
    },
    times: {
      one: 'jeden raz',
      few: '{count} razy',
      many: '{count} razy',
      other: '{count} razy',
    },
    views: {
      one: '{count} wyświetlenie',
      few: '{count} wyświetlenia',
      many: '{count} wyświetleń',
      other: '{count} wyświetlenia',
    },
    attemptsLeft: {
      one: 'została {count} próba',
      few: 'zostały {count} próby',
      many: 'zostało {count} prób',
      other: 'zostało {count} próby',
    },
    wrongPassphrases: {
      one: '{count} błędną frazę hasła',
      few: '{count} błędne frazy hasła',
      many: '{count} błędnych fraz hasła',
      other: '{count} błędnej frazy hasła',
    },
    files: {
      one: '{count} plik',
      few: '{count} pliki',
      many: '{count} plików',
      other: '{count} pliku',
    },
  },
  create: {
    title: 'Udostępnij sekret',
    intro:
      'Sekret jest szyfrowany w tej przeglądarce, zanim zostanie wysłany. Dostajesz link, który otworzy go raz, a potem sekret zniknie.',
    secretLabel: 'Sekret',
    secretPlaceholder: 'Wklej hasło, klucz, notatkę…',
    counter: '{characters} · {size} z {limit}',
    tooLong: 'Za długi: limit na tym serwerze to {limit}.',
    empty: 'Najpierw wpisz lub wklej sekret.',
    generator: 'Wygeneruj losowe hasło lub frazę hasła',
    generatorKind: 'Rodzaj',
    kindPassword: 'Hasło',
    kindPassphrase: 'Fraza hasła (słowa)',
    length: 'Długość',
    characters: 'Znaki',
    words: 'Słowa',
    lowercase: 'Małe litery a–z',
    uppercase: 'Wielkie litery A–Z',
    digits: 'Cyfry 0–9',
    symbols: 'Symbole !#$…',
    generate: 'Wygeneruj do pola sekretu',
    generated: 'Wygenerowano w tej przeglądarce (ok. {bits} bitów losowości).',
    noCharset: 'Wybierz co najmniej jeden zestaw znaków.',
    expiry: 'Wygasa po',
    views: 'Liczba wyświetleń',
    passphrase: 'Fraza hasła (opcjonalnie)',
    passphraseHint:
      'Odbiorca potrzebuje jej, by otworzyć sekret. Wyślij ją innym kanałem niż link.',
    notifyEmail: 'Powiadom mnie e-mailem o otwarciu (opcjonalnie)',
    notifyEmailHint:
      'Twój adres jest przechowywany na serwerze tylko do wysłania tego e-maila albo do zniknięcia sekretu. E-mail nie zawiera linku.',
    notifyEmailInvalid: 'Wpisz adres e-mail, np. ty@example.com, albo zostaw pole puste.',
    notifyEmailFiles:
      'Powiadomienie e-mailem działa tylko dla sekretów tekstowych: usuń pliki albo adres.',
    showPassphrase: 'Pokaż frazę hasła',
    generatePassphrase: 'Wygeneruj frazę hasła',
    submit: 'Utwórz link',
    encrypting: 'Szyfrowanie…',
    stretching: 'Wzmacnianie frazy hasła (Argon2), to chwilę potrwa…',
  },
  files: {
    legend: 'Pliki (opcjonalnie)',
    choose: 'Wybierz pliki…',
    limits:
      'Do {file} na plik i {total} łącznie, zaszyfrowane, na tym serwerze. Pliki możesz też upuścić na ten formularz.',
    summary: '{files}, łącznie {size}',
    fileTooLarge: 'Za duży: limit to {limit} na plik.',
    nameTooLong: 'Nazwa jest za długa: najwyżej 255 bajtów.',
    tooMany: 'Za dużo plików: najwyżej {max}.',
    totalTooLarge:
      'Łącznie za dużo: po zaszyfrowaniu wiadomość i pliki zajmują {size}, a limit na tym serwerze to {limit}.',
    fixFiles: 'Niektórych plików nie można wysłać: usuń te oznaczone na liście.',
    remove: 'Usuń',
    removeNamed: 'Usuń {name}',
    removed: 'Usunięto {name}',
    added: 'Dodano: {files}',
    empty: 'Najpierw wpisz sekret lub wybierz plik.',
    cancelled: 'Anulowano. Nic nie zostało udostępnione i nie utworzono linku.',
  },
  progress: {
    encrypting: 'Szyfrowanie',
    uploading: 'Wysyłanie',
    downloading: 'Pobieranie',
    decrypting: 'Odszyfrowywanie',
    numbers: '{percent} · {done} z {total}',
    speed: '{size}/s',
    announce: '{phase}: {percent}',
    cancel: 'Anuluj',
  },
  created: {
    shareHint:
      'Wklej cały link jako zwykły tekst do czatu lub wiadomości. Niektóre filtry poczty przepisują linki i ujawniają klucz; strona odbiorcy wtedy o tym ostrzega.',
    title: 'Twój link jest gotowy',
    announce: 'Utworzono link',
    shareLabel: 'Link do udostępnienia',
    notice: 'Można go otworzyć {times} do {date} ({relative}). Potem zniknie na dobre.',
    passphraseReminder: 'Wyślij frazę hasła osobno, innym kanałem.',
    qrLabel: 'Kod QR linku do udostępnienia',
    qrCaption: 'Zeskanuj go aparatem telefonu, aby otworzyć tam link. Zawiera też klucz.',
    receiptLabel: 'Prywatny link potwierdzenia',
    receiptNote:
      'Zachowaj go dla siebie: pokazuje, czy sekret został otwarty, i pozwala zniszczyć go wcześniej.',
    another: 'Utwórz kolejny sekret',
    sendByEmail: 'Wyślij e-mailem',
    share: 'Udostępnij…',
    sharePassphrase: 'Fraza hasła nie jest dołączona: przekaż ją odbiorcy w inny sposób.',
    mailSubject: 'Sekret dla Ciebie',
    mailBody:
      'Udostępniam Ci sekret. Otwórz ten link w przeglądarce, aby go zobaczyć. Można go otworzyć {times}, do {date}, potem zniknie:',
    mailPassphrase: 'Do otwarcia potrzebna jest też fraza hasła. Prześlę Ci ją w inny sposób.',
  },
  copy: {
    copy: 'Kopiuj',
    copied: 'Skopiowano',
    shareLink: 'Kopiuj link do udostępnienia',
    receiptLink: 'Kopiuj link potwierdzenia',
    secret: 'Kopiuj sekret',
    announce: 'Skopiowano do schowka',
    failed:
      'Kopiowanie nie powiodło się: tekst jest zaznaczony, naciśnij Ctrl+C (lub ⌘C), aby go skopiować.',
  },
  reveal: {
    exposedLink:
      'Ten link wysłano z widocznym kluczem: jego # zamieniono na %23 (często robi to filtr poczty), więc klucz przeszedł przez serwer i wszystko po drodze, co zapisuje adresy. Poproś nadawcę, by uznał ten sekret za ujawniony: zmienił zawarte w nim hasło lub klucz, a następnym razem wysłał link jako zwykły tekst w czacie lub wiadomości.',
    checking: 'Sprawdzanie linku…',
    title: 'Czeka na Ciebie sekret',
    viewOnce: 'Można go wyświetlić raz. Otwarcie go niszczy.',
    viewMany: 'Można go wyświetlić łącznie {times}. Ostatnie otwarcie go niszczy.',
    expires: 'Dostępny do {date} ({relative}).',
    nothingYet: 'Nic nie zostanie otwarte, dopóki nie naciśniesz przycisku.',
    passphrase: 'Fraza hasła',
    passphraseHint: 'Nadawca powinien był przekazać ją osobno.',
    passphraseMissing: 'Najpierw wpisz frazę hasła.',
    wrongPassphrase: 'Błędna fraza hasła: {attempts}, potem sekret zostanie zniszczony.',
    submit: 'Pokaż sekret',
    decrypting: 'Odszyfrowywanie…',
    stretching: 'Sprawdzanie frazy hasła (Argon2), to chwilę potrwa…',
    revealedTitle: 'Twój sekret',
    announce: 'Sekret odkryty',
    textLabel: 'Treść sekretu',
    destroyed:
      'Został usunięty z serwera, a ten link już nie działa. Skopiuj go teraz, jeśli go potrzebujesz.',
    viewsLeft: 'Ten link można otworzyć jeszcze {times}, potem zostanie usunięty.',
    clipboardWarning:
      'Historia schowka lub jego synchronizacja w chmurze może zachować skopiowany tekst.',
    filesLabel: 'Pliki',
    saveFile: 'Zapisz {name} ({size})',
    filesNote: 'Pliki nigdy nie są tu otwierane: zapisz je i sprawdź przed otwarciem.',
  },
  receipt: {
    exposedLink:
      'Ten link potwierdzenia wysłano z widocznym tokenem: jego # zamieniono na %23, więc token przeszedł przez serwer i wszystko po drodze, co zapisuje adresy. Każdy, kto go widział, może sprawdzić lub zniszczyć ten sekret, a link do udostępnienia mógł przejść tę samą drogę: zniszcz go teraz i udostępnij sekret ponownie.',
    checking: 'Sprawdzanie sekretu…',
    active: 'Jeszcze nieotwarty',
    partly: 'Otwarty, nadal dostępny',
    viewed: 'Otwarty',
    expired: 'Wygasł',
    burned: 'Zniszczony przez Ciebie',
    burnedFailures: 'Zniszczony po zbyt wielu błędnych frazach hasła',
    activeNone: 'Nikt jeszcze nie otworzył sekretu.',
    activeSome: {
      one: 'Dotąd otwarty {count} raz, z {max} dozwolonych.',
      few: 'Dotąd otwarty {count} razy, z {max} dozwolonych.',
      many: 'Dotąd otwarty {count} razy, z {max} dozwolonych.',
      other: 'Dotąd otwarty {count} razy, z {max} dozwolonych.',
    },
    viewedAt: 'Otwarty {date}. Teraz jest usunięty.',
    viewedNoTime: 'Został otwarty i teraz jest usunięty.',
    expiredDetail: 'Nikt go nie otworzył przed wygaśnięciem. Teraz jest usunięty.',
    burnedDetail: 'Nikt już nie może go otworzyć.',
    failuresDetail: 'Ktoś wpisał {passphrases}, więc sekret został zniszczony dla ochrony.',
    created: 'Utworzono',
    expires: 'Wygasa',
    expiredAt: 'Wygasł',
    failures: 'Błędne frazy hasła',
    when: '{date} ({relative})',
    refresh: 'Odśwież',
    refreshed: 'Zaktualizowano stan',
    burn: 'Zniszcz teraz',
    burnConfirm: 'Zniszczyć sekret teraz? Link przestanie działać dla wszystkich.',
    burnYes: 'Tak, zniszcz',
    burnNo: 'Anuluj',
    burnedAnnounce: 'Sekret zniszczony',
  },
  split: {
    option: 'Podziel między kilka osób',
    optionHint:
      'Zamiast jednego linku — jeden link na osobę. Sekret otworzy się dopiero, gdy dość osób zbierze swoje linki w jednej przeglądarce; mniej nic nie ujawnia.',
    needed: 'Linki potrzebne do otwarcia',
    total: 'Osoby (linki łącznie)',
    createdTitle: 'Twoje podzielone linki są gotowe',
    createdLead:
      'Każdy link daj innej osobie. Dowolne {needed} z tych {total} linków razem otwierają sekret; mniej nic nie ujawnia. Żaden pojedynczy link nie jest całym kluczem.',
    createdAnnounce: 'Utworzono podzielone linki',
    linkLabel: 'Link {index} z {total}',
    copyLink: 'Kopiuj link {index}',
    qrLabel: 'Kod QR linku {index}',
    title: 'Część podzielonego sekretu',
    lead: 'Ten sekret podzielono między kilka osób: do otwarcia potrzeba {needed} ich linków. Wklej tutaj pozostałe linki, w tej przeglądarce. Nic nie zostanie nigdzie wysłane, dopóki nie będzie ich dość i nie naciśniesz przycisku.',
    present: 'Obecne części: {present} z {needed}.',
    missing: {
      one: 'Potrzebny jest jeszcze {count} link.',
      few: 'Potrzebne są jeszcze {count} linki.',
      many: 'Potrzeba jeszcze {count} linków.',
      other: 'Potrzeba jeszcze {count} linku.',
    },
    shareItem: 'Część {index} z {total}',
    sharesLabel: 'Części w tej przeglądarce',
    pasteLabel: 'Kolejny link części',
    pasteHint:
      'Wklej jeden lub więcej linków tego sekretu, rozdzielonych spacjami lub nowymi wierszami.',
    add: 'Dodaj link',
    added: 'Dodano. Obecne części: {present} z {needed}.',
    empty: 'Najpierw wklej link części.',
    combining: 'Łączenie części…',
    badShare:
      'To nie jest link części podzielonego sekretu albo brakuje jego fragmentu. Skopiuj ponownie cały link. Nic nie zostało zużyte.',
    mismatch:
      'Ten link jest częścią innego sekretu (lub innego podziału tego sekretu), więc nie pomoże go otworzyć. Nic nie zostało zużyte.',
    duplicate: 'Ta część już tu jest: potrzebny jest link od kogoś innego.',
    corrupted:
      'Te części do siebie nie pasują: jedna z nich została zmieniona. Nic nie zostało zużyte; poproś jej posiadacza o ponowne skopiowanie linku.',
  },
  about: {
    fingerprintTitle: 'Sprawdź tę stronę',
    fingerprintText:
      'Ten serwer publikuje w manifeście SHA-256 każdego pliku tej strony. Jego odcisk jest poniżej: porównaj go z opublikowanym dla wersji, której ufasz, albo uruchom „hushlink verify” z tym adresem — sprawdzi każdy plik ładowany przez stronę.',
    fingerprintLabel: 'Odcisk manifestu kompilacji strony',
    fingerprintCopy: 'Kopiuj odcisk',
    fingerprintLoading: 'Odczytywanie manifestu…',
    fingerprintMissing:
      'Ten serwer nie publikuje manifestu kompilacji, więc tej strony nie da się sprawdzić.',
    title: 'Jak działa Hushlink',
    lead: 'Hushlink przekazuje sekret od Ciebie jednej osobie, a potem o nim zapomina. Oto co się dzieje i dlaczego nikt inny, łącznie z nami, nie może go przeczytać.',
    howTitle: 'Co dzieje się z Twoim sekretem',
    how1: 'Ta strona tworzy losowy klucz i szyfruje nim Twój sekret, w Twojej przeglądarce (libsodium, XChaCha20-Poly1305).',
    how2: 'Na serwer trafiają tylko zaszyfrowane dane. Klucz podróżuje w części linku po znaku #, której przeglądarki nigdy nie wysyłają do żadnego serwera.',
    how3: 'Gdy odbiorca naciśnie przycisk, jego przeglądarka raz pobiera zaszyfrowane dane i je odszyfrowuje. Serwer usuwa je po ostatnim dozwolonym otwarciu albo po wygaśnięciu.',
    how4: 'Fraza hasła jest wzmacniana w przeglądarce algorytmem Argon2id i dołączana do klucza. Serwer przechowuje tylko wartość kontrolną i niszczy sekret po kilku błędnych próbach.',
    trustTitle: 'Dlaczego możesz mu zaufać',
    trust1:
      'Serwer przechowuje szyfrogram, rozmiary i czasy: nigdy Twój tekst, klucz ani frazę hasła.',
    trust2:
      'Strona nie wczytuje niczego z innych witryn, nie ustawia ciasteczek i nie ma analityki. Jej polityka bezpieczeństwa blokuje każdą taką próbę.',
    trust3:
      'Każdy skrypt jest sprawdzany z jego skrótem (Subresource Integrity), zanim się uruchomi.',
    trust4:
      'Otwarcie linku pokazuje tylko, że sekret czeka: podglądy linków i skanery go nie zużywają.',
    limitsTitle: 'Przed czym nie może chronić',
    limits1:
      'Ktoś, kto pierwszy zdobędzie link, może go otworzyć. Zauważysz to: potwierdzenie pokaże, że został otwarty, a odbiorca go nie znajdzie. Fraza hasła wysłana inną drogą zamyka tę lukę.',
    limits2:
      'Przejęte urządzenie, rozszerzenie przeglądarki czy nagrywanie ekranu widzi to samo co Ty.',
    limits3:
      'Przejęty serwer mógłby wysłać zmienioną stronę. Klient wiersza poleceń w ogóle nie musi ufać stronie.',
    start: 'Udostępnij sekret',
  },
  apiKey: {
    rememberFor: 'Zostanie zapomniany po 7 dniach.',
    checking: 'Sprawdzanie klucza API…',
    adminRefused:
      'To klucz administratora. Ta strona go odrzuca: w przeglądarce klucz, który może odczytywać i niszczyć wpisy wszystkich sekretów, jest zbyt narażony. Użyj klucza z uprawnieniem do tworzenia.',
    label: 'Klucz API',
    hint: 'Ten serwer tworzy sekrety tylko dla swoich członków. Otwarcie linku nigdy nie wymaga klucza.',
    remember: 'Zapamiętaj na tym urządzeniu',
    missing: 'Najpierw wpisz swój klucz API.',
    malformed: 'To nie jest klucz API: zaczyna się od hlk_ i ma 47 znaków.',
  },
  account: {
    navLabel: 'Konto',
    signIn: 'Zaloguj się',
    signOut: 'Wyloguj się',
    mySecrets: 'Moje sekrety',
    admin: 'Administracja',
    myIntro:
      'Sekrety utworzone przez Ciebie po zalogowaniu, które wciąż czekają lub niedawno się zakończyły. Widać tylko ich stan: ich treść nigdy nie była na serwerze w czytelnej postaci.',
    none: 'Na razie nic tu nie ma.',
    createNew: 'Udostępnij nowy sekret',
    createSignIn:
      'Ten serwer tworzy sekrety tylko dla swoich członków: zaloguj się albo wpisz poniżej klucz API.',
    signInTitle: 'Najpierw się zaloguj',
    signInBody:
      'Zaloguj się kontem swojej organizacji, aby zobaczyć udostępnione przez siebie sekrety. Otwarcie linku nigdy nie wymaga konta.',
    created: 'Utworzono',
    owner: 'Właściciel',
    anonymous: 'anonimowy',
    state: 'Stan',
    expires: 'Wygasa',
    viewsLeft: 'Pozostałe wyświetlenia',
    actions: 'Działania',
    waiting: 'Czeka',
    active: 'Czeka',
    opened: 'Otwarty',
    openedAt: 'Otwarty {date}',
    openedSome: 'Otwarty {date} ({count} z {max} wyświetleń), nadal dostępny',
    expired: 'Wygasł',
    burned: 'Zniszczony',
    burnedFailures: 'Zniszczony po błędnych frazach hasła',
    burn: 'Zniszcz',
    burnLabel: 'Zniszcz sekret utworzony {date}',
    burnedAnnounce: 'Sekret zniszczony',
  },
  signIn: {
    title: 'Logowanie',
    intro:
      'Zaloguj się kontem swojej organizacji, aby udostępniać sekrety i widzieć te, które już udostępniono.',
    failedTitle: 'Logowanie nie powiodło się',
    problems: {
      expired:
        'Logowanie trwało zbyt długo albo zostało rozpoczęte w innej przeglądarce. Spróbuj ponownie.',
      state:
        'Odpowiedź dostawcy tożsamości nie należała do tego logowania albo została już użyta. Spróbuj ponownie.',
      denied: 'Dostawca tożsamości Cię nie zalogował.',
      rejected:
        'Odpowiedź dostawcy tożsamości nie przeszła kontroli bezpieczeństwa, więc została odrzucona.',
      domain: 'Twoje konto nie należy do domeny akceptowanej przez ten serwer.',
      group: 'Twoje konto nie należy do grupy, która może korzystać z tego serwera.',
      unavailable: 'Dostawca tożsamości jest teraz nieosiągalny. Spróbuj ponownie za chwilę.',
    },
  },
  admin: {
    title: 'Administracja',
    signInBody: 'Zaloguj się kontem administratora, aby zarządzać tym serwerem.',
    deniedTitle: 'Ta strona jest dla administratorów',
    deniedBody:
      'Twoje konto nie należy do grupy administratorów. Zapytaj osoby prowadzące tę usługę.',
    stats: 'Sekrety według stanu',
    uploading: 'Trwające przesyłania',
    bytesStored: 'Przechowywane (zaszyfrowane)',
    secrets: 'Sekrety',
    stateFilter: 'Stan',
    anyState: 'Dowolny stan',
    apply: 'Pokaż',
    page: 'Strona {page}, najnowsze najpierw',
    previous: 'Poprzednia strona',
    next: 'Następna strona',
    extend: 'Przedłuż o 1 dzień',
    extendLabel: 'Przedłuż o 1 dzień: sekret utworzony {date}',
    done: 'Gotowe',
    keys: 'Klucze API',
    newKey: 'Nowy klucz API',
    keyName: 'Nazwa',
    keyNameHint:
      'Litery, cyfry oraz . _ @ - (zostaje zapisana jako właściciel tego, co utworzy klucz).',
    keyScope: 'Zakres',
    scopeCreate: 'Tworzenie sekretów',
    scopeAdmin: 'Administrowanie',
    createKey: 'Utwórz klucz',
    keyCreated: 'Utworzono klucz {name}.',
    keyOnce: 'Klucz, pokazany tylko ten jeden raz',
    copyKey: 'Kopiuj klucz API',
    lastUsed: 'Ostatnio użyty',
    never: 'nigdy',
    noKeys: 'Brak kluczy API.',
    revoke: 'Unieważnij',
    revokeLabel: 'Unieważnij klucz {name}',
  },
  request: {
    exposedRequestLink:
      'Ten link prośby wysłano z widocznym kluczem: jego # zamieniono na %23 (często robi to filtr poczty), więc klucz przeszedł przez serwer i przez wszystko po drodze, co zapisuje adresy. Twoja odpowiedź nadal jest zaszyfrowana tylko dla proszącego, ale każdy, kto widział link, też mógłby na niego odpowiedzieć: powiedz o tym proszącemu, żeby wiedział, która odpowiedź jest twoja.',
    exposedInboxLink:
      'Ten link skrzynki odbiorczej wysłano z widocznym kluczem prywatnym: jego # zamieniono na %23, więc klucz przeszedł przez serwer i przez wszystko po drodze, co zapisuje adresy. Każdy, kto go widział, może otworzyć te odpowiedzi: uznaj ich zawartość za ujawnioną, zmień ją i poproś ponownie nową prośbą.',
    title: 'Poproś o sekret',
    intro:
      'Poproś kogoś, aby przesłał Ci sekret. Ta przeglądarka tworzy parę kluczy: odpowiedzi otworzy tylko Twój link do skrzynki (lub Twój klucz dostępu), a serwer nigdy ich nie widzi.',
    noteLabel: 'O co prosisz?',
    noteHint: 'Widoczne dla każdego, kto ma link z prośbą; również zaszyfrowane. Najwyżej {limit}.',
    noteEmpty: 'Napisz, o co prosisz.',
    noteTooLong: 'Notatka jest dłuższa niż {limit}.',
    expiry: 'Przyjmuje odpowiedzi przez',
    answers: 'Odpowiedzi',
    oneAnswer: 'Jedna odpowiedź',
    dropBox: {
      one: 'Skrzynka zbiorcza: do {count} odpowiedzi',
      few: 'Skrzynka zbiorcza: do {count} odpowiedzi',
      many: 'Skrzynka zbiorcza: do {count} odpowiedzi',
      other: 'Skrzynka zbiorcza: do {count} odpowiedzi',
    },
    passkeyLabel: 'Powiąż skrzynkę z kluczem dostępu',
    passkeyHint:
      'Link do skrzynki nie zawiera wtedy klucza prywatnego: do otwarcia odpowiedzi potrzebny będzie też Twój klucz dostępu.',
    passkeyUnavailable:
      'Powiązanie z kluczem dostępu jest niedostępne: ta przeglądarka nie potrafi wyprowadzać kluczy z kluczy dostępu (WebAuthn PRF).',
    passkeyFailed:
      'Nie udało się utworzyć ani użyć klucza dostępu. Spróbuj ponownie albo wyłącz opcję klucza dostępu.',
    submit: 'Utwórz prośbę',
    making: 'Tworzenie kluczy…',
    madeTitle: 'Twoja prośba jest gotowa',
    requestLinkLabel: 'Link z prośbą: ten wyślij',
    requestLinkNote:
      'Każdy, kto go ma, może przeczytać Twoją notatkę i odpowiadać do {date} ({relative}).',
    copyRequestLink: 'Kopiuj link z prośbą',
    inboxLinkLabel: 'Link do skrzynki: zachowaj go dla siebie',
    inboxLinkNote:
      'Otwiera odpowiedzi. Każdy, kto go ma, może je przeczytać, więc nikomu go nie udostępniaj.',
    inboxPasskeyNote:
      'Pokazuje listę odpowiedzi; do ich otwarcia potrzebny jest też klucz dostępu, który właśnie utworzono.',
    copyInboxLink: 'Kopiuj link do skrzynki',
    checking: 'Sprawdzanie linku…',
    answerTitle: 'Ktoś prosi Cię o sekret',
    noteCaption: 'Notatka od tej osoby:',
    answerSubmit: 'Wyślij zaszyfrowane',
    askLink: 'Potrzebujesz od kogoś sekretu? Poproś o niego.',
    sentTitle: 'Wysłano',
    sentBody:
      'Twoja odpowiedź jest zaszyfrowana tak, że otworzy ją tylko osoba, która o nią prosiła. Nie dostajesz linku.',
    inboxTitle: 'Twoja skrzynka',
    inboxLead: 'Odebrane odpowiedzi: {answers} z {max}; do otwarcia: {open}.',
    inboxEmpty: 'Nie ma jeszcze odpowiedzi do otwarcia.',
    inboxPasskeyLead:
      'Ta skrzynka jest powiązana z kluczem dostępu. Użyj go, aby zobaczyć odpowiedzi.',
    usePasskey: 'Użyj mojego klucza dostępu',
    wrongPasskeyTitle: 'Ten klucz dostępu nie otwiera tej skrzynki',
    wrongPasskeyBody:
      'Użyj klucza dostępu, z którym utworzono prośbę. Nic nie zostało otwarte ani zużyte.',
    inboxGoneTitle: 'Ta skrzynka jest niedostępna',
    inboxGoneBody: 'Link jest błędny albo prośba i wszystkie odpowiedzi wygasły.',
    answerLine: 'Odpowiedź {n}: {size}, odebrana {date}, wygasa {relative}',
    open: 'Otwórz',
    refresh: 'Odśwież',
  },
  timeLock: {
    optionLabel: 'Zablokuj do wybranego czasu',
    openingLabel: 'Otwiera się o',
    optionHint:
      'Nikt nie otworzy sekretu przed tą chwilą (w Twojej strefie czasowej). Musi ona przypadać przed wygaśnięciem, które nadal liczy się od teraz.',
    inPast:
      'Ta chwila już minęła: wybierz późniejszą albo zostaw pole puste, aby sekret otwierał się od razu.',
    afterExpiry:
      'Sekret wygasłby, zanim się otworzy: wybierz wcześniejszą chwilę albo dłuższy czas ważności.',
    lockedLead: 'Blokada czasowa: można go otworzyć od {date}.',
    opensIn: 'Otworzy się {relative}.',
    openNow: 'Można go teraz otworzyć.',
    notYet:
      'Jeszcze nie: według serwera otworzy się {date}. Nic nie zostało zużyte; odliczanie idzie teraz według zegara serwera.',
    notYetTitle: 'Tego sekretu nie można jeszcze otworzyć',
    notYetBody:
      'Nadawca wybrał chwilę, do której sekret pozostaje zablokowany. Nic nie zostało zużyte: spróbuj później.',
    invalidTitle: 'Czas otwarcia został odrzucony',
    invalidBody: 'Musi przypadać w przyszłości i przed wygaśnięciem sekretu.',
    receiptOpens: 'Otwiera się',
    lockedUntil: 'Zablokowany do {date}',
  },
  fanOut: {
    option: 'Osobny link dla każdej osoby',
    optionHint:
      'Każda osoba dostaje własny link z liczbą otwarć wybraną powyżej. Imiona są opcjonalne, zaszyfrowane i widoczne tylko dla Ciebie na potwierdzeniu.',
    person: 'Osoba {index}',
    labelPlaceholder: 'Imię (opcjonalne)',
    addPerson: 'Dodaj osobę',
    remove: 'Usuń',
    removePerson: 'Usuń osobę {index}',
    nameTooLong: 'Imię osoby {index} jest za długie (najwyżej 63 bajty).',
    notWithSplit: 'Wybierz podział między osoby albo osobny link dla każdej osoby, nie oba naraz.',
    createdTitle: 'Twoje linki są gotowe',
    createdLead:
      'Daj każdej osobie jej własny link. Każdy link otwiera sekret samodzielnie; potwierdzenie pokazuje, czyje linki zostały otwarte.',
    createdAnnounce: 'Linki utworzone',
    notice: 'Każdy link można otworzyć {times} do {date} ({relative}).',
    linkLabel: 'Link nr {index}',
    copyLink: 'Kopiuj link dla: {name}',
    linksTitle: 'Linki',
    waiting: 'Czeka',
    openedAt: 'Otwarty {date}',
    burned: 'Zniszczony',
    burnLink: 'Zniszcz',
    burnNamed: 'Zniszcz link dla: {name}',
    burnAll: 'Zniszcz wszystkie linki',
    burnedAnnounce: 'Link dla „{name}” został zniszczony',
  },
  problem: {
    goneTitle: 'Ten sekret jest niedostępny',
    goneBody:
      'Nigdy nie istniał, wygasł albo został już otwarty. Sekrety można tu odczytać tylko ograniczoną liczbę razy. Poproś nadawcę o nowy.',
    burnedFailuresTitle: 'Ten sekret został zniszczony',
    burnedFailuresBody:
      'Wpisano zbyt wiele błędnych fraz hasła, więc dla ochrony został zniszczony. Poproś nadawcę o nowy.',
    shownTitle: 'Ten sekret nie jest już wyświetlany',
    shownBody:
      'Dla Twojego bezpieczeństwa strona zapomniała sekret, gdy ją opuściłeś(-aś). Nie można go pokazać ponownie.',
    corruptedTitle: 'Ten link jest uszkodzony',
    corruptedBody:
      'Brakuje części linku lub została zmieniona, więc nie może niczego otworzyć. Skopiuj ponownie cały link, łącznie ze wszystkim po znaku #. Jeśli ta strona została odświeżona, klucz został już usunięty z paska adresu: otwórz ponownie oryginalny link. Nic nie zostało zużyte.',
    receiptCorruptedTitle: 'Ten link potwierdzenia jest uszkodzony',
    receiptCorruptedBody:
      'Brakuje części linku lub została zmieniona. Skopiuj ponownie cały link potwierdzenia, łącznie ze wszystkim po znaku #.',
    receiptGoneTitle: 'To potwierdzenie jest niedostępne',
    receiptGoneBody:
      'Link potwierdzenia jest błędny albo sekret wygasł tak dawno, że usunięto też jego potwierdzenie.',
    decryptTitle: 'Nie udało się odszyfrować tego sekretu',
    decryptBody:
      'Dane nie pasowały do linku: link lub zapisane dane zostały zmienione. Nie pokazano niczego czytelnego ani nie zaproponowano żadnego pliku.',
    unsafeTitle: 'Ten sekret używa niebezpiecznych ustawień',
    unsafeBody:
      'Ustawienia jego frazy hasła wykraczają poza bezpieczny zakres, więc ta strona odmówiła jego przetworzenia.',
    offlineTitle: 'Nie można połączyć się z serwerem',
    offlineBody: 'Sprawdź połączenie i spróbuj ponownie. Nic nie zostało wysłane ani zużyte.',
    pageFailedTitle: 'Coś poszło nie tak na tej stronie',
    pageFailedBody: 'Odśwież stronę i spróbuj ponownie.',
    rateLimitedWait: 'Spróbuj ponownie {relative}. Nic nie zostało zużyte.',
    notFoundTitle: 'Nie znaleziono strony',
    notFoundBody: 'Pod tym adresem nic nie ma.',
    cancelledTitle: 'Otwieranie zostało anulowane',
    cancelledBody:
      'Nic nie zapisano. Jeśli pobieranie już się zaczęło, to otwarcie liczy się jako wykorzystane: „Spróbuj ponownie” pokaże, czy sekret da się jeszcze otworzyć.',
    retry: 'Spróbuj ponownie',
    home: 'Udostępnij nowy sekret',
    api: {
      quota_exceeded: {
        title: 'Serwer jest na razie pełny',
        body: 'Nic nie zostało zapisane. Sekrety zwalniają miejsce, gdy zostaną otwarte lub wygasną: spróbuj ponownie później albo wyślij mniej.',
      },
      storage_full: {
        title: 'Na serwerze zabrakło miejsca',
        body: 'Nic nie zostało zapisane. Już udostępnione linki nadal się otwierają; spróbuj ponownie później.',
      },
      bad_request: {
        title: 'Żądanie nie zostało przyjęte',
        body: 'Serwer nie mógł go zrozumieć.',
      },
      invalid_envelope: {
        title: 'Zaszyfrowane dane zostały odrzucone',
        body: 'Serwer nie przyjął zaszyfrowanego sekretu. Odśwież stronę i spróbuj ponownie.',
      },
      payload_too_large: {
        title: 'Sekret jest za duży',
        body: 'Przekracza limit rozmiaru tego serwera.',
      },
      unsupported_media_type: {
        title: 'Żądanie nie zostało przyjęte',
        body: 'Serwer odrzucił jego format.',
      },
      headers_too_large: {
        title: 'Żądanie nie zostało przyjęte',
        body: 'Jego nagłówki były za duże.',
      },
      not_found: { title: 'Nie znaleziono', body: 'Serwer nie ma nic pod tym adresem.' },
      method_not_allowed: {
        title: 'Żądanie nie zostało przyjęte',
        body: 'Serwer na nie nie pozwala.',
      },
      not_acceptable: {
        title: 'Żądanie nie zostało przyjęte',
        body: 'Serwer nie potrafi odpowiedzieć w formie, którą ta strona odczyta.',
      },
      upload_offset_mismatch: {
        title: 'Wysyłanie zostało przerwane',
        body: 'Serwer i ta strona nie zgadzają się, ile wysłano. Spróbuj ponownie.',
      },
      id_taken: {
        title: 'Spróbuj ponownie',
        body: 'Podczas tworzenia sekretu wystąpiła rzadka kolizja. Ponowne utworzenie się uda.',
      },
      name_taken: {
        title: 'Ta nazwa jest zajęta',
        body: 'Klucz API o tej nazwie już istnieje: najpierw go unieważnij albo wybierz inną nazwę.',
      },
      request_closed: {
        title: 'Na tę prośbę już odpowiedziano',
        body: 'Nie przyjmuje więcej odpowiedzi: otrzymała odpowiedź, osoba prosząca ją zamknęła albo jest pełna. Nic nie zostało wysłane.',
      },
      not_live: {
        title: 'Ten sekret nie jest już aktywny',
        body: 'Został otwarty, zniszczony lub wygasł.',
      },
      idempotency_key_reused: {
        title: 'Żądanie nie zostało przyjęte',
        body: 'Powtórzone żądanie nie zgadzało się z pierwotnym. Spróbuj ponownie.',
      },
      unauthorized: {
        title: 'Potrzebny jest klucz API',
        body: 'Ten serwer tworzy sekrety tylko dla swoich członków. Sprawdź klucz API i spróbuj ponownie; otwieranie linków nie wymaga klucza.',
      },
      insufficient_scope: {
        title: 'Ten klucz API na to nie pozwala',
        body: 'Poproś osoby prowadzące tę usługę o klucz, który może tworzyć sekrety.',
      },
      wrong_passphrase: { title: 'Błędna fraza hasła', body: 'Fraza hasła się nie zgadzała.' },
      forbidden: { title: 'To żądanie jest niedozwolone', body: 'Serwer je odrzucił.' },
      rate_limited: {
        title: 'Zbyt wiele żądań',
        body: 'Poczekaj minutę i spróbuj ponownie. Nic nie zostało zużyte.',
      },
      unavailable: {
        title: 'Usługa jest niedostępna',
        body: 'Serwer nie może teraz zapisywać ani odczytywać sekretów. Spróbuj ponownie za chwilę.',
      },
      internal: {
        title: 'Coś poszło nie tak na serwerze',
        body: 'Spróbuj ponownie. Jeśli to się powtarza, powiadom osoby prowadzące tę usługę.',
      },
      unexpected_response: {
        title: 'Serwer dał nieoczekiwaną odpowiedź',
        body: 'Być może przeszkadza serwer proxy lub błędna konfiguracja. Spróbuj ponownie później.',
      },
    },
  },
}

export default pl
