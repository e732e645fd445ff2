import type { Messages } from '../i18n/messages.ts'

const fr: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'Chiffré de bout en bout dans votre navigateur. Le serveur ne voit jamais votre secret ni sa clé.',
    about: 'Comment ça marche',
    language: 'Langue',
    darkTheme: 'Thème sombre',
  },
  units: {
    characters: {
      one: '{count} caractère',
      many: '{count} de caractères',
      other: '{count} caractères',
    },
    times: { one: '{count} fois', many: '{count} de fois', other: '{count} fois' },
    views: {
      one: '{count} consultation',
      many: '{count} de consultations',
      other: '{count} consultations',
    },
    attemptsLeft: {
      one: 'il reste {count} essai',
      many: 'il reste {count} d’essais',
      other: 'il reste {count} essais',
    },
    wrongPassphrases: {
      one: '{count} phrase secrète erronée',
      many: '{count} de phrases secrètes erronées',
      other: '{count} phrases secrètes erronées',
    },
    files: { one: '{count} fichier', many: '{count} de fichiers', other: '{count} fichiers' },
  },
  create: {
    title: 'Partager un secret',
    intro:
      'Votre secret est chiffré dans ce navigateur avant d’être envoyé. Vous obtenez un lien qui l’ouvre une fois, puis il disparaît.',
    secretLabel: 'Secret',
    secretPlaceholder: 'Collez un mot de passe, une clé, une note…',
    counter: '{characters} · {size} sur {limit}',
    tooLong: 'Trop long : la limite sur ce serveur est de {limit}.',
    empty: 'Saisissez ou collez d’abord un secret.',
    generator: 'Générer un mot de passe ou une phrase secrète aléatoire',
    generatorKind: 'Type',
    kindPassword: 'Mot de passe',
    kindPassphrase: 'Phrase secrète (mots)',
    length: 'Longueur',
    characters: 'Caractères',
    words: 'Mots',
    lowercase: 'Minuscules a–z',
    uppercase: 'Majuscules A–Z',
    digits: 'Chiffres 0–9',
    symbols: 'Symboles !#$…',
    generate: 'Générer dans le champ du secret',
    generated: 'Généré dans ce navigateur (environ {bits} bits d’aléa).',
    noCharset: 'Choisissez au moins un jeu de caractères.',
    expiry: 'Expire après',
    views: 'Nombre de consultations',
    passphrase: 'Phrase secrète (facultative)',
    passphraseHint:
      'Le destinataire en a besoin pour ouvrir le secret. Envoyez-la par un autre canal que le lien.',
    notifyEmail: 'M’envoyer un e-mail à l’ouverture (facultatif)',
    notifyEmailHint:
      'Votre adresse n’est conservée sur le serveur que jusqu’à l’envoi de cet e-mail, ou jusqu’à la disparition du secret. L’e-mail ne contient aucun lien.',
    notifyEmailInvalid:
      'Saisissez une adresse e-mail comme vous@example.com, ou laissez le champ vide.',
    notifyEmailFiles:
      'L’e-mail à l’ouverture ne fonctionne que pour les secrets texte : retirez les fichiers ou l’adresse.',
    showPassphrase: 'Afficher la phrase secrète',
    generatePassphrase: 'Générer une phrase secrète',
    submit: 'Créer le lien',
    encrypting: 'Chiffrement…',
    stretching: 'Renforcement de la phrase secrète (Argon2), cela prend un instant…',
  },
  files: {
    legend: 'Fichiers (facultatif)',
    choose: 'Choisir des fichiers…',
    limits:
      'Jusqu’à {file} par fichier et {total} au total, chiffrés, sur ce serveur. Vous pouvez aussi déposer des fichiers sur ce formulaire.',
    summary: '{files}, {size} au total',
    fileTooLarge: 'Trop volumineux : la limite est de {limit} par fichier.',
    nameTooLong: 'Son nom est trop long : 255 octets au maximum.',
    tooMany: 'Trop de fichiers : {max} au maximum.',
    totalTooLarge:
      'Trop volumineux au total : chiffrés, le message et les fichiers occupent {size}, et la limite sur ce serveur est de {limit}.',
    fixFiles:
      'Certains fichiers ne peuvent pas être envoyés : retirez ceux qui sont signalés dans la liste.',
    remove: 'Retirer',
    removeNamed: 'Retirer {name}',
    removed: '{name} retiré',
    added: 'Ajouté : {files}',
    empty: 'Saisissez d’abord un secret ou choisissez un fichier.',
    cancelled: 'Annulé. Rien n’a été partagé et aucun lien n’a été créé.',
  },
  progress: {
    encrypting: 'Chiffrement',
    uploading: 'Envoi',
    downloading: 'Téléchargement',
    decrypting: 'Déchiffrement',
    numbers: '{percent} · {done} sur {total}',
    speed: '{size}/s',
    announce: '{phase} : {percent}',
    cancel: 'Annuler',
  },
  created: {
    shareHint:
      'Collez le lien entier en texte brut dans une discussion ou un message. Certains filtres de messagerie réécrivent les liens et exposent la clé ; la page du destinataire l’en avertit alors.',
    title: 'Votre lien est prêt',
    announce: 'Lien créé',
    shareLabel: 'Lien à partager',
    notice:
      'Il peut être ouvert {times} jusqu’au {date} ({relative}). Ensuite, il disparaît pour de bon.',
    passphraseReminder: 'Envoyez la phrase secrète séparément, par un autre canal.',
    qrLabel: 'Code QR du lien à partager',
    qrCaption:
      'Scannez-le avec l’appareil photo d’un téléphone pour y ouvrir le lien. Il contient aussi la clé.',
    receiptLabel: 'Lien de suivi privé',
    receiptNote:
      'Gardez celui-ci pour vous : il indique si le secret a été ouvert et vous permet de le détruire plus tôt.',
    another: 'Créer un autre secret',
    sendByEmail: 'Envoyer par e-mail',
    share: 'Partager…',
    sharePassphrase:
      'La phrase secrète n’est pas incluse : envoyez-la au destinataire par un autre moyen.',
    mailSubject: 'Un secret pour vous',
    mailBody:
      'Je partage un secret avec vous. Ouvrez ce lien dans votre navigateur pour le voir. Il peut être ouvert {times}, jusqu’au {date}, puis il disparaît :',
    mailPassphrase:
      'Il vous faut aussi une phrase secrète pour l’ouvrir. Je vous l’enverrai par un autre moyen.',
  },
  copy: {
    copy: 'Copier',
    copied: 'Copié',
    shareLink: 'Copier le lien à partager',
    receiptLink: 'Copier le lien de suivi',
    secret: 'Copier le secret',
    announce: 'Copié dans le presse-papiers',
    failed:
      'La copie a échoué : le texte est sélectionné, appuyez sur Ctrl+C (ou ⌘C) pour le copier.',
  },
  reveal: {
    exposedLink:
      'Ce lien a été envoyé avec sa clé visible : son # avait été changé en %23 (souvent par un filtre de messagerie), donc la clé est passée par le serveur et par tout ce qui, en chemin, enregistre les adresses. Demandez à l’expéditeur de considérer ce secret comme exposé : de changer le mot de passe ou la clé qu’il contient, et d’envoyer la prochaine fois le lien en texte brut dans une discussion ou un message.',
    checking: 'Vérification du lien…',
    title: 'Un secret vous attend',
    viewOnce: 'Il ne peut être consulté qu’une fois. L’ouvrir le détruit.',
    viewMany: 'Il peut être consulté {times} au total. La dernière ouverture le détruit.',
    expires: 'Disponible jusqu’au {date} ({relative}).',
    nothingYet: 'Rien n’est ouvert tant que vous n’appuyez pas sur le bouton.',
    passphrase: 'Phrase secrète',
    passphraseHint: 'L’expéditeur a dû vous la transmettre séparément.',
    passphraseMissing: 'Saisissez d’abord la phrase secrète.',
    wrongPassphrase: 'Phrase secrète erronée : {attempts} avant la destruction du secret.',
    submit: 'Révéler le secret',
    decrypting: 'Déchiffrement…',
    stretching: 'Vérification de la phrase secrète (Argon2), cela prend un instant…',
    revealedTitle: 'Votre secret',
    announce: 'Secret révélé',
    textLabel: 'Texte du secret',
    destroyed:
      'Il a été supprimé du serveur et ce lien ne fonctionne plus. Copiez-le maintenant si vous en avez besoin.',
    viewsLeft: 'Ce lien peut encore être ouvert {times}, puis il sera supprimé.',
    clipboardWarning:
      'L’historique de votre presse-papiers ou sa synchronisation dans le cloud peut conserver le texte copié.',
    filesLabel: 'Fichiers',
    saveFile: 'Enregistrer {name} ({size})',
    filesNote:
      'Les fichiers ne sont jamais ouverts ici : enregistrez-les et vérifiez-les avant de les ouvrir.',
  },
  receipt: {
    exposedLink:
      'Ce lien de reçu a été envoyé avec son jeton visible : son # avait été changé en %23, donc le jeton est passé par le serveur et par tout ce qui, en chemin, enregistre les adresses. Quiconque l’a vu peut consulter ou détruire ce secret, et le lien de partage a pu suivre le même chemin : détruisez-le maintenant et partagez le secret à nouveau.',
    checking: 'Vérification du secret…',
    active: 'Pas encore ouvert',
    partly: 'Ouvert, encore disponible',
    viewed: 'Ouvert',
    expired: 'Expiré',
    burned: 'Détruit par vous',
    burnedFailures: 'Détruit après trop de phrases secrètes erronées',
    activeNone: 'Personne n’a encore ouvert le secret.',
    activeSome: {
      one: 'Ouvert {count} fois jusqu’ici, sur {max} autorisées.',
      many: 'Ouvert {count} de fois jusqu’ici, sur {max} autorisées.',
      other: 'Ouvert {count} fois jusqu’ici, sur {max} autorisées.',
    },
    viewedAt: 'Ouvert le {date}. Il est maintenant supprimé.',
    viewedNoTime: 'Il a été ouvert et il est maintenant supprimé.',
    expiredDetail: 'Personne ne l’a ouvert avant son expiration. Il est maintenant supprimé.',
    burnedDetail: 'Plus personne ne peut l’ouvrir.',
    failuresDetail:
      'Quelqu’un a saisi {passphrases}, le secret a donc été détruit pour le protéger.',
    created: 'Créé',
    expires: 'Expire',
    expiredAt: 'Expiré',
    failures: 'Phrases secrètes erronées',
    when: '{date} ({relative})',
    refresh: 'Actualiser',
    refreshed: 'État mis à jour',
    burn: 'Détruire maintenant',
    burnConfirm:
      'Détruire le secret maintenant ? Le lien cessera de fonctionner pour tout le monde.',
    burnYes: 'Oui, le détruire',
    burnNo: 'Annuler',
    burnedAnnounce: 'Secret détruit',
  },
  split: {
    option: 'Partager entre plusieurs personnes',
    optionHint:
      'Au lieu d’un seul lien, un lien par personne. Le secret ne s’ouvre que lorsque assez d’entre elles réunissent leurs liens dans un même navigateur ; moins ne révèlent rien.',
    needed: 'Liens nécessaires pour l’ouvrir',
    total: 'Personnes (liens au total)',
    createdTitle: 'Vos liens partagés sont prêts',
    createdLead:
      'Donnez chaque lien à une personne différente. N’importe quels {needed} de ces {total} liens ouvrent ensemble le secret ; moins ne révèlent rien. Aucun lien seul n’est la clé entière.',
    createdAnnounce: 'Liens partagés créés',
    linkLabel: 'Lien {index} sur {total}',
    copyLink: 'Copier le lien {index}',
    qrLabel: 'Code QR du lien {index}',
    title: 'Partie d’un secret partagé',
    lead: 'Ce secret a été réparti entre plusieurs personnes : {needed} de leurs liens sont nécessaires pour l’ouvrir. Collez les autres liens ici, dans ce navigateur. Rien n’est envoyé tant qu’il n’y en a pas assez et que vous n’avez pas appuyé sur le bouton.',
    present: '{present} parts sur {needed} présentes.',
    missing: {
      one: 'Il manque encore {count} lien.',
      many: 'Il manque encore {count} liens.',
      other: 'Il manque encore {count} liens.',
    },
    shareItem: 'Part {index} sur {total}',
    sharesLabel: 'Parts dans ce navigateur',
    pasteLabel: 'Un autre lien de part',
    pasteHint:
      'Collez un ou plusieurs liens de ce secret, séparés par des espaces ou des retours à la ligne.',
    add: 'Ajouter le lien',
    added: 'Ajouté. {present} parts sur {needed} présentes.',
    empty: 'Collez d’abord un lien de part.',
    combining: 'Assemblage des parts…',
    badShare:
      'Ce n’est pas un lien de part d’un secret partagé, ou il en manque un morceau. Copiez de nouveau le lien entier. Rien n’a été consommé.',
    mismatch:
      'Ce lien est une part d’un autre secret (ou d’un autre partage de celui-ci) : il ne peut pas aider à ouvrir celui-ci. Rien n’a été consommé.',
    duplicate: 'Cette part est déjà là : il faut le lien de quelqu’un d’autre.',
    corrupted:
      'Ces parts ne vont pas ensemble : l’une d’elles a été modifiée. Rien n’a été consommé ; demandez à sa détentrice ou à son détenteur de copier de nouveau le lien.',
  },
  about: {
    fingerprintTitle: 'Vérifier cette page',
    fingerprintText:
      'Ce serveur publie dans un manifeste le SHA-256 de chaque fichier de cette page. Son empreinte figure ci-dessous : comparez-la à celle publiée pour la version en laquelle vous avez confiance, ou lancez « hushlink verify » avec cette adresse, qui vérifie chaque fichier chargé par la page.',
    fingerprintLabel: 'Empreinte du manifeste de build de la page',
    fingerprintCopy: 'Copier l’empreinte',
    fingerprintLoading: 'Lecture du manifeste…',
    fingerprintMissing:
      'Ce serveur ne publie aucun manifeste de build : cette page ne peut donc pas être vérifiée.',
    title: 'Comment fonctionne Hushlink',
    lead: 'Hushlink transmet un secret de vous à une personne, puis l’oublie. Voici ce qui se passe, et pourquoi personne d’autre ne peut le lire, nous compris.',
    howTitle: 'Ce qui arrive à votre secret',
    how1: 'Cette page crée une clé aléatoire et chiffre votre secret avec elle, dans votre navigateur (libsodium, XChaCha20-Poly1305).',
    how2: 'Seules les données chiffrées vont au serveur. La clé voyage dans la partie du lien après le #, que les navigateurs n’envoient jamais à aucun serveur.',
    how3: 'Quand le destinataire appuie sur le bouton, son navigateur récupère une fois les données chiffrées et les déchiffre. Le serveur les supprime après la dernière ouverture autorisée, ou à leur expiration.',
    how4: 'Une phrase secrète est renforcée avec Argon2id dans le navigateur et mêlée à la clé. Le serveur ne garde qu’une valeur de contrôle et détruit le secret après quelques essais erronés.',
    trustTitle: 'Pourquoi vous pouvez lui faire confiance',
    trust1:
      'Le serveur stocke du texte chiffré, des tailles et des dates : jamais votre texte, votre clé ni votre phrase secrète.',
    trust2:
      'La page ne charge rien depuis d’autres sites, ne dépose aucun cookie et n’a aucune mesure d’audience. Sa politique de sécurité bloque toute tentative.',
    trust3:
      'Chaque script est vérifié par rapport à son empreinte (Subresource Integrity) avant de s’exécuter.',
    trust4:
      'Ouvrir un lien montre seulement qu’un secret attend : les aperçus de liens et les scanners ne le consomment pas.',
    limitsTitle: 'Ce contre quoi il ne peut pas protéger',
    limits1:
      'Quelqu’un qui obtient le lien en premier peut l’ouvrir. Vous le remarquerez : le suivi indique qu’il a été ouvert, et votre destinataire ne le trouve plus. Une phrase secrète envoyée autrement comble cette faille.',
    limits2:
      'Un appareil compromis, une extension de navigateur ou un enregistrement d’écran voit ce que vous voyez.',
    limits3:
      'Un serveur lui-même compromis pourrait envoyer une page modifiée. Le client en ligne de commande évite de faire confiance à la page.',
    start: 'Partager un secret',
  },
  apiKey: {
    rememberFor: 'Elle est oubliée au bout de 7 jours.',
    checking: 'Vérification de la clé d’API…',
    adminRefused:
      'C’est une clé d’administration. Cette page la refuse : dans un navigateur, une clé qui peut lire et détruire les fiches de tous les secrets est trop exposée. Utilisez une clé autorisée à créer.',
    label: 'Clé d’API',
    hint: 'Ce serveur ne crée des secrets que pour ses membres. Ouvrir un lien ne demande jamais de clé.',
    remember: 'Mémoriser sur cet appareil',
    missing: 'Saisissez d’abord votre clé d’API.',
    malformed: 'Ce n’est pas une clé d’API : elle commence par hlk_ et fait 47 caractères.',
  },
  account: {
    navLabel: 'Compte',
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    mySecrets: 'Mes secrets',
    admin: 'Administration',
    myIntro:
      'Les secrets que vous avez créés en étant connecté, encore en attente ou terminés récemment. Seul leur état est affiché : leur contenu n’a jamais été lisible sur le serveur.',
    none: 'Rien ici pour l’instant.',
    createNew: 'Partager un nouveau secret',
    createSignIn:
      'Ce serveur ne crée des secrets que pour ses membres : connectez-vous, ou saisissez une clé d’API ci-dessous.',
    signInTitle: 'Connectez-vous d’abord',
    signInBody:
      'Connectez-vous avec le compte de votre organisation pour voir les secrets que vous avez partagés. Ouvrir un lien ne demande jamais de compte.',
    created: 'Créé',
    owner: 'Propriétaire',
    anonymous: 'anonyme',
    state: 'État',
    expires: 'Expire',
    viewsLeft: 'Consultations restantes',
    actions: 'Opérations',
    waiting: 'En attente',
    active: 'En attente',
    opened: 'Ouvert',
    openedAt: 'Ouvert le {date}',
    openedSome: 'Ouvert le {date} ({count} consultations sur {max}), encore disponible',
    expired: 'Expiré',
    burned: 'Détruit',
    burnedFailures: 'Détruit après des phrases secrètes erronées',
    burn: 'Détruire',
    burnLabel: 'Détruire le secret créé le {date}',
    burnedAnnounce: 'Secret détruit',
  },
  signIn: {
    title: 'Connexion',
    intro:
      'Connectez-vous avec le compte de votre organisation pour partager des secrets et retrouver ceux que vous avez partagés.',
    failedTitle: 'Échec de la connexion',
    problems: {
      expired:
        'La connexion a pris trop de temps ou a été commencée dans un autre navigateur. Veuillez réessayer.',
      state:
        'La réponse du fournisseur d’identité ne correspondait pas à cette connexion, ou avait déjà servi. Veuillez réessayer.',
      denied: 'Le fournisseur d’identité ne vous a pas connecté.',
      rejected:
        'La réponse du fournisseur d’identité n’a pas passé les contrôles de sécurité : elle a été refusée.',
      domain: 'Votre compte n’appartient à aucun domaine accepté par ce serveur.',
      group: 'Votre compte n’appartient à aucun groupe autorisé à utiliser ce serveur.',
      unavailable:
        'Le fournisseur d’identité est injoignable pour le moment. Veuillez réessayer sous peu.',
    },
  },
  admin: {
    title: 'Administration du service',
    signInBody: 'Connectez-vous avec un compte administrateur pour gérer ce serveur.',
    deniedTitle: 'Cette page est réservée aux administrateurs',
    deniedBody:
      'Votre compte n’appartient à aucun groupe d’administration. Adressez-vous aux personnes qui gèrent ce service.',
    stats: 'Secrets par état',
    uploading: 'Envois en cours',
    bytesStored: 'Stocké (chiffré)',
    secrets: 'Liste des secrets',
    stateFilter: 'État',
    anyState: 'Tous les états',
    apply: 'Afficher',
    page: 'Page {page}, les plus récents d’abord',
    previous: 'Page précédente',
    next: 'Page suivante',
    extend: 'Prolonger d’un jour',
    extendLabel: 'Prolonger d’un jour : le secret créé le {date}',
    done: 'Terminé',
    keys: 'Clés d’API',
    newKey: 'Nouvelle clé d’API',
    keyName: 'Nom',
    keyNameHint:
      'Lettres, chiffres et . _ @ - (il est enregistré comme propriétaire de ce que la clé crée).',
    keyScope: 'Portée',
    scopeCreate: 'Créer des secrets',
    scopeAdmin: 'Administrer',
    createKey: 'Créer la clé',
    keyCreated: 'Clé {name} créée.',
    keyOnce: 'La clé, affichée cette seule fois',
    copyKey: 'Copier la clé d’API',
    lastUsed: 'Dernière utilisation',
    never: 'jamais',
    noKeys: 'Aucune clé d’API.',
    revoke: 'Révoquer',
    revokeLabel: 'Révoquer la clé {name}',
  },
  request: {
    exposedRequestLink:
      'Ce lien de demande a été envoyé avec sa clé visible : son # a été changé en %23 (souvent par un filtre de messagerie), la clé est donc passée par le serveur et par tout ce qui, en chemin, enregistre les adresses. Votre réponse reste chiffrée pour le seul demandeur, mais quiconque a vu le lien pourrait y répondre aussi : prévenez le demandeur pour qu’il sache quelle réponse est la vôtre.',
    exposedInboxLink:
      'Ce lien de boîte de réception a été envoyé avec sa clé privée visible : son # a été changé en %23, la clé est donc passée par le serveur et par tout ce qui, en chemin, enregistre les adresses. Quiconque l’a vu peut ouvrir ces réponses : considérez leur contenu comme exposé, changez-le et redemandez-le avec une nouvelle demande.',
    title: 'Demander un secret',
    intro:
      'Demandez à quelqu’un de vous envoyer un secret. Ce navigateur crée une paire de clés : seul votre lien de boîte de réception (ou votre clé d’accès) peut ouvrir les réponses, et le serveur ne les voit jamais.',
    noteLabel: 'Que demandez-vous ?',
    noteHint:
      'Visible par quiconque détient le lien de demande ; chiffré lui aussi. {limit} au maximum.',
    noteEmpty: 'Écrivez ce que vous demandez.',
    noteTooLong: 'La note dépasse {limit}.',
    expiry: 'Accepte des réponses pendant',
    answers: 'Réponses',
    oneAnswer: 'Une seule réponse',
    dropBox: {
      one: 'Boîte de dépôt : jusqu’à {count} réponse',
      many: 'Boîte de dépôt : jusqu’à {count} de réponses',
      other: 'Boîte de dépôt : jusqu’à {count} réponses',
    },
    passkeyLabel: 'Lier la boîte de réception à une clé d’accès',
    passkeyHint:
      'Le lien de boîte de réception ne contient alors aucune clé privée : ouvrir les réponses demande aussi votre clé d’accès.',
    passkeyUnavailable:
      'La liaison à une clé d’accès n’est pas disponible : ce navigateur ne sait pas dériver de clés à partir des clés d’accès (WebAuthn PRF).',
    passkeyFailed:
      'La clé d’accès n’a pas pu être créée ni utilisée. Réessayez, ou désactivez l’option de clé d’accès.',
    submit: 'Créer la demande',
    making: 'Création des clés…',
    madeTitle: 'Votre demande est prête',
    requestLinkLabel: 'Lien de demande : celui-ci, à envoyer',
    requestLinkNote:
      'Quiconque le détient peut lire votre note et répondre jusqu’au {date} ({relative}).',
    copyRequestLink: 'Copier le lien de demande',
    inboxLinkLabel: 'Lien de boîte de réception : gardez-le pour vous',
    inboxLinkNote:
      'Il ouvre les réponses. Toute personne qui l’a peut les lire : ne le partagez pas.',
    inboxPasskeyNote:
      'Il liste les réponses ; pour les ouvrir, il faut aussi la clé d’accès que vous venez de créer.',
    copyInboxLink: 'Copier le lien de boîte de réception',
    checking: 'Vérification du lien…',
    answerTitle: 'Quelqu’un vous demande un secret',
    noteCaption: 'Sa note :',
    answerSubmit: 'L’envoyer chiffré',
    askLink: 'Besoin d’un secret de quelqu’un ? Demandez-le.',
    sentTitle: 'Envoyé',
    sentBody:
      'Votre réponse est chiffrée de sorte que seule la personne qui l’a demandée puisse l’ouvrir. Vous ne recevez pas de lien.',
    inboxTitle: 'Votre boîte de réception',
    inboxLead: '{answers} réponses reçues sur {max} ; {open} peuvent être ouvertes.',
    inboxEmpty: 'Aucune réponse à ouvrir pour l’instant.',
    inboxPasskeyLead:
      'Cette boîte de réception est liée à une clé d’accès. Utilisez-la pour voir les réponses.',
    usePasskey: 'Utiliser ma clé d’accès',
    wrongPasskeyTitle: 'Cette clé d’accès n’ouvre pas cette boîte de réception',
    wrongPasskeyBody:
      'Utilisez la clé d’accès avec laquelle la demande a été créée. Rien n’a été ouvert ni consommé.',
    inboxGoneTitle: 'Cette boîte de réception n’est pas disponible',
    inboxGoneBody: 'Le lien est erroné, ou la demande et toutes ses réponses ont expiré.',
    answerLine: 'Réponse {n} : {size}, reçue le {date}, expire {relative}',
    open: 'Ouvrir',
    refresh: 'Actualiser',
  },
  timeLock: {
    optionLabel: 'Verrouiller jusqu’à une heure choisie',
    openingLabel: 'S’ouvre le',
    optionHint:
      'Personne ne peut ouvrir le secret avant ce moment, dans votre fuseau horaire. Il doit précéder l’expiration, qui se compte toujours à partir de maintenant.',
    inPast:
      'Ce moment est passé : choisissez-en un plus tard, ou laissez le champ vide pour qu’il s’ouvre tout de suite.',
    afterExpiry:
      'Le secret expirerait avant de s’ouvrir : choisissez un moment plus tôt ou une durée plus longue.',
    lockedLead: 'Verrouillé dans le temps : il pourra être ouvert à partir du {date}.',
    opensIn: 'Ouverture {relative}.',
    openNow: 'Il peut être ouvert maintenant.',
    notYet:
      'Pas encore : d’après le serveur, il s’ouvre le {date}. Rien n’a été consommé ; le compte à rebours suit désormais l’horloge du serveur.',
    notYetTitle: 'Ce secret ne peut pas encore être ouvert',
    notYetBody:
      'Son expéditeur a choisi un moment avant lequel il reste verrouillé. Rien n’a été consommé : réessayez plus tard.',
    invalidTitle: 'L’heure d’ouverture a été refusée',
    invalidBody: 'Elle doit être dans le futur et avant l’expiration du secret.',
    receiptOpens: 'Ouverture',
    lockedUntil: 'Verrouillé jusqu’au {date}',
  },
  fanOut: {
    option: 'Un lien par personne',
    optionHint:
      'Chaque personne reçoit son propre lien, avec le nombre d’ouvertures choisi plus haut. Les noms sont facultatifs, chiffrés et visibles seulement par vous sur le reçu.',
    person: 'Personne {index}',
    labelPlaceholder: 'Nom (facultatif)',
    addPerson: 'Ajouter une personne',
    remove: 'Retirer',
    removePerson: 'Retirer la personne {index}',
    nameTooLong: 'Le nom de la personne {index} est trop long (63 octets au plus).',
    notWithSplit:
      'Choisissez le partage entre plusieurs personnes ou un lien par personne, pas les deux.',
    createdTitle: 'Vos liens sont prêts',
    createdLead:
      'Donnez à chaque personne son propre lien. Chaque lien ouvre le secret à lui seul ; le reçu indique quels liens ont été ouverts.',
    createdAnnounce: 'Liens créés',
    notice: 'Chaque lien peut être ouvert {times} jusqu’au {date} ({relative}).',
    linkLabel: 'Lien {index}',
    copyLink: 'Copier le lien de {name}',
    linksTitle: 'Liens',
    waiting: 'En attente',
    openedAt: 'Ouvert le {date}',
    burned: 'Détruit',
    burnLink: 'Détruire',
    burnNamed: 'Détruire le lien de {name}',
    burnAll: 'Détruire tous les liens',
    burnedAnnounce: 'Le lien de {name} est détruit',
  },
  problem: {
    goneTitle: 'Ce secret n’est pas disponible',
    goneBody:
      'Il n’a jamais existé, il a expiré ou il a déjà été ouvert. Les secrets ne peuvent être lus ici qu’un nombre limité de fois. Demandez à l’expéditeur d’en partager un nouveau.',
    burnedFailuresTitle: 'Ce secret a été détruit',
    burnedFailuresBody:
      'Trop de phrases secrètes erronées ont été saisies, il a donc été détruit pour le protéger. Demandez à l’expéditeur d’en partager un nouveau.',
    shownTitle: 'Ce secret n’est plus affiché',
    shownBody:
      'Pour votre sécurité, la page a oublié le secret quand vous l’avez quittée. Il ne peut plus être affiché.',
    corruptedTitle: 'Ce lien est corrompu',
    corruptedBody:
      'Une partie du lien manque ou a été modifiée, il ne peut donc rien ouvrir. Copiez à nouveau le lien entier, y compris tout ce qui suit le #. Si vous avez rechargé cette page, la clé a déjà été retirée de la barre d’adresse : ouvrez à nouveau le lien d’origine. Rien n’a été consommé.',
    receiptCorruptedTitle: 'Ce lien de suivi est corrompu',
    receiptCorruptedBody:
      'Une partie du lien manque ou a été modifiée. Copiez à nouveau le lien de suivi entier, y compris tout ce qui suit le #.',
    receiptGoneTitle: 'Ce suivi n’est pas disponible',
    receiptGoneBody:
      'Le lien de suivi est erroné, ou le secret a expiré depuis assez longtemps pour que son suivi soit aussi supprimé.',
    decryptTitle: 'Ce secret n’a pas pu être déchiffré',
    decryptBody:
      'Les données ne correspondaient pas au lien : le lien ou les données stockées ont été modifiés. Rien de lisible n’a été affiché et aucun fichier n’a été proposé.',
    unsafeTitle: 'Ce secret utilise des réglages dangereux',
    unsafeBody:
      'Les réglages de sa phrase secrète sortent de la plage sûre, cette page a donc refusé de le traiter.',
    offlineTitle: 'Le serveur est injoignable',
    offlineBody: 'Vérifiez votre connexion et réessayez. Rien n’a été envoyé ni consommé.',
    pageFailedTitle: 'Un problème est survenu sur cette page',
    pageFailedBody: 'Rechargez la page et réessayez.',
    rateLimitedWait: 'Veuillez réessayer {relative}. Rien n’a été consommé.',
    notFoundTitle: 'Page introuvable',
    notFoundBody: 'Il n’y a rien à cette adresse.',
    cancelledTitle: 'L’ouverture a été annulée',
    cancelledBody:
      'Rien n’a été enregistré. Si le téléchargement avait déjà commencé, cette ouverture compte comme utilisée : « Réessayer » indique si le secret peut encore être ouvert.',
    retry: 'Réessayer',
    home: 'Partager un nouveau secret',
    api: {
      quota_exceeded: {
        title: 'Le serveur est plein pour le moment',
        body: 'Rien n’a été enregistré. Les secrets libèrent leur place quand ils sont ouverts ou expirent : réessayez plus tard, ou envoyez moins.',
      },
      storage_full: {
        title: 'Le serveur n’a plus de place',
        body: 'Rien n’a été enregistré. Les liens déjà partagés s’ouvrent toujours ; réessayez plus tard.',
      },
      bad_request: {
        title: 'La requête n’a pas été acceptée',
        body: 'Le serveur n’a pas pu la comprendre.',
      },
      invalid_envelope: {
        title: 'Les données chiffrées ont été refusées',
        body: 'Le serveur n’a pas accepté le secret chiffré. Rechargez la page et réessayez.',
      },
      payload_too_large: {
        title: 'Le secret est trop volumineux',
        body: 'Il dépasse la taille limite de ce serveur.',
      },
      unsupported_media_type: {
        title: 'La requête n’a pas été acceptée',
        body: 'Le serveur a refusé son format.',
      },
      headers_too_large: {
        title: 'La requête n’a pas été acceptée',
        body: 'Ses en-têtes étaient trop volumineux.',
      },
      not_found: { title: 'Introuvable', body: 'Le serveur n’a rien à cette adresse.' },
      method_not_allowed: {
        title: 'La requête n’a pas été acceptée',
        body: 'Le serveur ne l’autorise pas.',
      },
      not_acceptable: {
        title: 'La requête n’a pas été acceptée',
        body: 'Le serveur ne peut pas répondre sous une forme que cette page lit.',
      },
      upload_offset_mismatch: {
        title: 'L’envoi a été interrompu',
        body: 'Le serveur et cette page ne sont pas d’accord sur la quantité envoyée. Veuillez réessayer.',
      },
      id_taken: {
        title: 'Veuillez réessayer',
        body: 'Une collision rare s’est produite lors de la création du secret. Le créer à nouveau fonctionnera.',
      },
      name_taken: {
        title: 'Ce nom est déjà pris',
        body: 'Une clé d’API porte déjà ce nom : révoquez-la d’abord ou choisissez un autre nom.',
      },
      request_closed: {
        title: 'Cette demande a déjà reçu sa réponse',
        body: 'Elle n’accepte plus de réponses : elle a été satisfaite, fermée par la personne qui l’a faite, ou elle est pleine. Rien n’a été envoyé.',
      },
      not_live: {
        title: 'Ce secret n’est plus actif',
        body: 'Il a été ouvert, détruit ou il a expiré.',
      },
      idempotency_key_reused: {
        title: 'La requête n’a pas été acceptée',
        body: 'Une requête répétée ne correspondait pas à l’originale. Veuillez réessayer.',
      },
      unauthorized: {
        title: 'Une clé d’API est nécessaire',
        body: 'Ce serveur ne crée des secrets que pour ses membres. Vérifiez votre clé d’API et réessayez ; ouvrir un lien ne demande aucune clé.',
      },
      insufficient_scope: {
        title: 'Cette clé d’API n’y est pas autorisée',
        body: 'Demandez aux personnes qui gèrent ce service une clé qui peut créer des secrets.',
      },
      wrong_passphrase: {
        title: 'Phrase secrète erronée',
        body: 'La phrase secrète ne correspondait pas.',
      },
      forbidden: { title: 'Cette requête n’est pas autorisée', body: 'Le serveur l’a refusée.' },
      rate_limited: {
        title: 'Trop de requêtes',
        body: 'Veuillez patienter une minute et réessayer. Rien n’a été consommé.',
      },
      unavailable: {
        title: 'Le service est indisponible',
        body: 'Le serveur ne peut pas stocker ni lire de secrets pour le moment. Veuillez réessayer sous peu.',
      },
      internal: {
        title: 'Un problème est survenu sur le serveur',
        body: 'Veuillez réessayer. Si cela se reproduit, prévenez les personnes qui gèrent ce service.',
      },
      unexpected_response: {
        title: 'Le serveur a donné une réponse inattendue',
        body: 'Un proxy ou une mauvaise configuration est peut-être en cause. Veuillez réessayer plus tard.',
      },
    },
  },
}

export default fr
