import type { Messages } from '../i18n/messages.ts'

const es: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'Cifrado de extremo a extremo en tu navegador. El servidor nunca ve tu secreto ni su clave.',
    about: 'Cómo funciona',
    language: 'Idioma',
    darkTheme: 'Tema oscuro',
  },
  units: {
    characters: {
      one: '{count} carácter',
      many: '{count} de caracteres',
      other: '{count} caracteres',
    },
    times: { one: 'una vez', many: '{count} de veces', other: '{count} veces' },
    views: { one: '{count} visita', many: '{count} de visitas', other: '{count} visitas' },
    attemptsLeft: {
      one: 'queda {count} intento',
      many: 'quedan {count} de intentos',
      other: 'quedan {count} intentos',
    },
    wrongPassphrases: {
      one: '{count} frase de contraseña incorrecta',
      many: '{count} de frases de contraseña incorrectas',
      other: '{count} frases de contraseña incorrectas',
    },
    files: { one: '{count} archivo', many: '{count} de archivos', other: '{count} archivos' },
  },
  create: {
    title: 'Compartir un secreto',
    intro:
      'Tu secreto se cifra en este navegador antes de enviarse. Recibes un enlace que lo abre una vez; después desaparece.',
    secretLabel: 'Secreto',
    secretPlaceholder: 'Pega una contraseña, una clave, una nota…',
    counter: '{characters} · {size} de {limit}',
    tooLong: 'Demasiado largo: el límite en este servidor es {limit}.',
    empty: 'Primero escribe o pega un secreto.',
    generator: 'Generar una contraseña o frase de contraseña aleatoria',
    generatorKind: 'Tipo',
    kindPassword: 'Contraseña',
    kindPassphrase: 'Frase de contraseña (palabras)',
    length: 'Longitud',
    characters: 'Caracteres',
    words: 'Palabras',
    lowercase: 'Minúsculas a–z',
    uppercase: 'Mayúsculas A–Z',
    digits: 'Dígitos 0–9',
    symbols: 'Símbolos !#$…',
    generate: 'Generar en el campo del secreto',
    generated: 'Generada en este navegador (unos {bits} bits de aleatoriedad).',
    noCharset: 'Elige al menos un conjunto de caracteres.',
    expiry: 'Caduca tras',
    views: 'Número de visitas',
    passphrase: 'Frase de contraseña (opcional)',
    passphraseHint:
      'El destinatario la necesita para abrir el secreto. Envíala por un canal distinto al del enlace.',
    notifyEmail: 'Avísame por correo cuando se abra (opcional)',
    notifyEmailHint:
      'Tu dirección solo se guarda en el servidor hasta que se envíe ese correo o el secreto desaparezca. El correo no lleva ningún enlace.',
    notifyEmailInvalid:
      'Escribe una dirección de correo como tu@example.com, o deja el campo vacío.',
    notifyEmailFiles:
      'El aviso por correo solo funciona con secretos de texto: quita los archivos o la dirección.',
    showPassphrase: 'Mostrar la frase de contraseña',
    generatePassphrase: 'Generar una frase de contraseña',
    submit: 'Crear enlace',
    encrypting: 'Cifrando…',
    stretching: 'Reforzando la frase de contraseña (Argon2), tarda un momento…',
  },
  files: {
    legend: 'Archivos (opcional)',
    choose: 'Elegir archivos…',
    limits:
      'Hasta {file} por archivo y {total} en total, cifrados, en este servidor. También puedes soltar archivos sobre este formulario.',
    summary: '{files}, {size} en total',
    fileTooLarge: 'Demasiado grande: el límite es {limit} por archivo.',
    nameTooLong: 'Su nombre es demasiado largo: como máximo 255 bytes.',
    tooMany: 'Demasiados archivos: como máximo {max}.',
    totalTooLarge:
      'Demasiado grande en total: cifrados, el mensaje y los archivos ocupan {size}, y el límite en este servidor es {limit}.',
    fixFiles: 'Algunos archivos no se pueden enviar: quita los marcados en la lista.',
    remove: 'Quitar',
    removeNamed: 'Quitar {name}',
    removed: 'Se quitó {name}',
    added: 'Se añadieron: {files}',
    empty: 'Primero escribe un secreto o elige un archivo.',
    cancelled: 'Cancelado. No se compartió nada ni se creó ningún enlace.',
  },
  progress: {
    encrypting: 'Cifrando',
    uploading: 'Subiendo',
    downloading: 'Descargando',
    decrypting: 'Descifrando',
    numbers: '{percent} · {done} de {total}',
    speed: '{size}/s',
    announce: '{phase}: {percent}',
    cancel: 'Cancelar',
  },
  created: {
    shareHint:
      'Pega el enlace completo como texto plano en un chat o un mensaje. Algunos filtros de correo reescriben los enlaces y exponen la clave; entonces la página del destinatario avisa de ello.',
    title: 'Tu enlace está listo',
    announce: 'Enlace creado',
    shareLabel: 'Enlace para compartir',
    notice: 'Se puede abrir {times} hasta el {date} ({relative}). Después desaparece para siempre.',
    passphraseReminder: 'Envía la frase de contraseña por separado, por otro canal.',
    qrLabel: 'Código QR del enlace para compartir',
    qrCaption:
      'Escanéalo con la cámara de un teléfono para abrir allí el enlace. También contiene la clave.',
    receiptLabel: 'Enlace de acuse privado',
    receiptNote:
      'Guárdalo solo para ti: muestra si el secreto se abrió y te permite destruirlo antes de tiempo.',
    another: 'Crear otro secreto',
    sendByEmail: 'Enviar por correo',
    share: 'Compartir…',
    sharePassphrase:
      'La frase de contraseña no se incluye: envíasela al destinatario por otro medio.',
    mailSubject: 'Un secreto para ti',
    mailBody:
      'Comparto un secreto contigo. Abre este enlace en tu navegador para verlo. Se puede abrir {times}, hasta el {date}; después desaparece:',
    mailPassphrase:
      'Para abrirlo también necesitas una frase de contraseña. Te la enviaré por otro medio.',
  },
  copy: {
    copy: 'Copiar',
    copied: 'Copiado',
    shareLink: 'Copiar el enlace para compartir',
    receiptLink: 'Copiar el enlace de acuse',
    secret: 'Copiar el secreto',
    announce: 'Copiado al portapapeles',
    failed: 'No se pudo copiar: el texto está seleccionado, pulsa Ctrl+C (o ⌘C) para copiarlo.',
  },
  reveal: {
    exposedLink:
      'Este enlace se envió con su clave a la vista: su # se había cambiado por %23 (a menudo lo hace un filtro de correo), así que la clave pasó por el servidor y por todo lo que, en el camino, registra direcciones. Pide a quien lo envió que dé este secreto por expuesto: que cambie la contraseña o la clave que contiene y que la próxima vez envíe el enlace como texto plano en un chat o un mensaje.',
    checking: 'Comprobando el enlace…',
    title: 'Un secreto te espera',
    viewOnce: 'Se puede ver una vez. Abrirlo lo destruye.',
    viewMany: 'Se puede ver {times} en total. La última apertura lo destruye.',
    expires: 'Disponible hasta el {date} ({relative}).',
    nothingYet: 'No se abre nada hasta que pulses el botón.',
    passphrase: 'Frase de contraseña',
    passphraseHint: 'El remitente debería habértela dado por separado.',
    passphraseMissing: 'Primero introduce la frase de contraseña.',
    wrongPassphrase:
      'Frase de contraseña incorrecta: {attempts} antes de que se destruya el secreto.',
    submit: 'Revelar el secreto',
    decrypting: 'Descifrando…',
    stretching: 'Comprobando la frase de contraseña (Argon2), tarda un momento…',
    revealedTitle: 'Tu secreto',
    announce: 'Secreto revelado',
    textLabel: 'Texto del secreto',
    destroyed:
      'Se ha borrado del servidor y este enlace ya no funciona. Cópialo ahora si lo necesitas.',
    viewsLeft: 'Este enlace aún se puede abrir {times}; después se borra.',
    clipboardWarning:
      'El historial del portapapeles o su sincronización en la nube pueden conservar el texto copiado.',
    filesLabel: 'Archivos',
    saveFile: 'Guardar {name} ({size})',
    filesNote: 'Aquí nunca se abren archivos: guárdalos y revísalos antes de abrirlos.',
  },
  receipt: {
    exposedLink:
      'Este enlace de recibo se envió con su token a la vista: su # se había cambiado por %23, así que el token pasó por el servidor y por todo lo que, en el camino, registra direcciones. Quien lo haya visto puede consultar o destruir este secreto, y el enlace para compartir pudo viajar igual: destrúyelo ahora y vuelve a compartir el secreto.',
    checking: 'Comprobando el secreto…',
    active: 'Aún sin abrir',
    partly: 'Abierto, aún disponible',
    viewed: 'Abierto',
    expired: 'Caducado',
    burned: 'Destruido por ti',
    burnedFailures: 'Destruido tras demasiadas frases de contraseña incorrectas',
    activeNone: 'Nadie ha abierto todavía el secreto.',
    activeSome: {
      one: 'Abierto {count} vez hasta ahora, de {max} permitidas.',
      many: 'Abierto {count} de veces hasta ahora, de {max} permitidas.',
      other: 'Abierto {count} veces hasta ahora, de {max} permitidas.',
    },
    viewedAt: 'Abierto el {date}. Ya está borrado.',
    viewedNoTime: 'Se abrió y ya está borrado.',
    expiredDetail: 'Nadie lo abrió antes de que caducara. Ya está borrado.',
    burnedDetail: 'Ya nadie puede abrirlo.',
    failuresDetail:
      'Alguien introdujo {passphrases}, así que el secreto se destruyó para protegerlo.',
    created: 'Creado',
    expires: 'Caduca',
    expiredAt: 'Caducó',
    failures: 'Frases de contraseña incorrectas',
    when: '{date} ({relative})',
    refresh: 'Actualizar',
    refreshed: 'Estado actualizado',
    burn: 'Destruir ahora',
    burnConfirm: '¿Destruir el secreto ahora? El enlace dejará de funcionar para todos.',
    burnYes: 'Sí, destruirlo',
    burnNo: 'Cancelar',
    burnedAnnounce: 'Secreto destruido',
  },
  split: {
    option: 'Repartir entre varias personas',
    optionHint:
      'En lugar de un enlace, uno por persona. El secreto solo se abre cuando suficientes de ellas reúnen sus enlaces en un mismo navegador; menos no revelan nada.',
    needed: 'Enlaces necesarios para abrirlo',
    total: 'Personas (enlaces en total)',
    createdTitle: 'Tus enlaces repartidos están listos',
    createdLead:
      'Da cada enlace a una persona distinta. Cualesquiera {needed} de estos {total} enlaces juntos abren el secreto; menos no revelan nada. Ningún enlace por sí solo es la clave completa.',
    createdAnnounce: 'Enlaces repartidos creados',
    linkLabel: 'Enlace {index} de {total}',
    copyLink: 'Copiar el enlace {index}',
    qrLabel: 'Código QR del enlace {index}',
    title: 'Parte de un secreto repartido',
    lead: 'Este secreto se repartió entre varias personas: se necesitan {needed} de sus enlaces para abrirlo. Pega aquí los demás enlaces, en este navegador. No se envía nada hasta que haya suficientes y pulses el botón.',
    present: '{present} de {needed} partes presentes.',
    missing: {
      one: 'Falta {count} enlace más.',
      many: 'Faltan {count} enlaces más.',
      other: 'Faltan {count} enlaces más.',
    },
    shareItem: 'Parte {index} de {total}',
    sharesLabel: 'Partes en este navegador',
    pasteLabel: 'Otro enlace de parte',
    pasteHint:
      'Pega uno o varios enlaces de este secreto, separados por espacios o saltos de línea.',
    add: 'Añadir el enlace',
    added: 'Añadido. {present} de {needed} partes presentes.',
    empty: 'Primero pega un enlace de parte.',
    combining: 'Combinando las partes…',
    badShare:
      'No es un enlace de parte de un secreto repartido, o le falta un trozo. Vuelve a copiar el enlace completo. No se ha gastado nada.',
    mismatch:
      'Este enlace es una parte de otro secreto (o de otro reparto de este), así que no sirve para abrir este. No se ha gastado nada.',
    duplicate: 'Esta parte ya está aquí: hace falta el enlace de otra persona.',
    corrupted:
      'Estas partes no encajan: una de ellas fue alterada. No se ha gastado nada; pide a quien la tenga que vuelva a copiar el enlace.',
  },
  about: {
    fingerprintTitle: 'Comprobar esta página',
    fingerprintText:
      'Este servidor publica en un manifiesto el SHA-256 de cada archivo de esta página. Su huella está abajo: compárala con la publicada para la versión en la que confías, o ejecuta «hushlink verify» con esta dirección, que comprueba cada archivo que carga la página.',
    fingerprintLabel: 'Huella del manifiesto de compilación de la página',
    fingerprintCopy: 'Copiar la huella',
    fingerprintLoading: 'Leyendo el manifiesto…',
    fingerprintMissing:
      'Este servidor no publica ningún manifiesto de compilación, así que esta página no se puede comprobar.',
    title: 'Cómo funciona Hushlink',
    lead: 'Hushlink lleva un secreto de ti a una persona y luego lo olvida. Esto es lo que ocurre, y por qué nadie más puede leerlo, ni siquiera nosotros.',
    howTitle: 'Qué le pasa a tu secreto',
    how1: 'Esta página crea una clave aleatoria y cifra tu secreto con ella, en tu navegador (libsodium, XChaCha20-Poly1305).',
    how2: 'Al servidor solo van los datos cifrados. La clave viaja en la parte del enlace tras el #, que los navegadores nunca envían a ningún servidor.',
    how3: 'Cuando el destinatario pulsa el botón, su navegador descarga una vez los datos cifrados y los descifra. El servidor los borra tras la última apertura permitida o cuando caducan.',
    how4: 'La frase de contraseña se refuerza con Argon2id en el navegador y se mezcla con la clave. El servidor solo guarda un valor de comprobación y destruye el secreto tras unos pocos intentos fallidos.',
    trustTitle: 'Por qué puedes confiar en él',
    trust1:
      'El servidor guarda texto cifrado, tamaños y fechas: nunca tu texto, tu clave ni tu frase de contraseña.',
    trust2:
      'La página no carga nada de otros sitios, no usa cookies ni analítica. Su política de seguridad bloquea cualquier intento.',
    trust3: 'Cada script se comprueba con su hash (Subresource Integrity) antes de ejecutarse.',
    trust4:
      'Abrir un enlace solo muestra que hay un secreto esperando: las vistas previas y los escáneres de enlaces no lo consumen.',
    limitsTitle: 'De qué no puede protegerte',
    limits1:
      'Quien consiga el enlace primero puede abrirlo. Lo notarás: el acuse dirá que se abrió y tu destinatario no lo encontrará. Una frase de contraseña enviada por otro medio cierra esa brecha.',
    limits2:
      'Un dispositivo comprometido, una extensión del navegador o una grabación de pantalla ven lo mismo que tú.',
    limits3:
      'Un servidor comprometido podría enviar una página modificada. El cliente de línea de comandos evita tener que confiar en la página.',
    start: 'Compartir un secreto',
  },
  apiKey: {
    rememberFor: 'Se olvida al cabo de 7 días.',
    checking: 'Comprobando la clave de API…',
    adminRefused:
      'Es una clave de administración. Esta página la rechaza: en un navegador, una clave que puede leer y destruir los registros de todos los secretos está demasiado expuesta. Usa una clave con permiso para crear.',
    label: 'Clave de API',
    hint: 'Este servidor solo crea secretos para sus miembros. Abrir un enlace nunca requiere una clave.',
    remember: 'Recordar en este dispositivo',
    missing: 'Primero introduce tu clave de API.',
    malformed: 'Esto no es una clave de API: empieza por hlk_ y tiene 47 caracteres.',
  },
  account: {
    navLabel: 'Cuenta',
    signIn: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    mySecrets: 'Mis secretos',
    admin: 'Administración',
    myIntro:
      'Los secretos que creaste con la sesión iniciada, aún en espera o terminados hace poco. Solo se muestra su estado: su contenido nunca estuvo legible en el servidor.',
    none: 'Aún no hay nada aquí.',
    createNew: 'Compartir un secreto nuevo',
    createSignIn:
      'Este servidor solo crea secretos para sus miembros: inicia sesión o introduce una clave de API abajo.',
    signInTitle: 'Inicia sesión primero',
    signInBody:
      'Inicia sesión con la cuenta de tu organización para ver los secretos que compartiste. Abrir un enlace nunca requiere una cuenta.',
    created: 'Creado',
    owner: 'Propietario',
    anonymous: 'anónimo',
    state: 'Estado',
    expires: 'Caduca',
    viewsLeft: 'Vistas restantes',
    actions: 'Acciones',
    waiting: 'En espera',
    active: 'En espera',
    opened: 'Abierto',
    openedAt: 'Abierto el {date}',
    openedSome: 'Abierto el {date} ({count} de {max} vistas), aún disponible',
    expired: 'Caducado',
    burned: 'Destruido',
    burnedFailures: 'Destruido tras frases de contraseña incorrectas',
    burn: 'Destruir',
    burnLabel: 'Destruir el secreto creado el {date}',
    burnedAnnounce: 'Secreto destruido',
  },
  signIn: {
    title: 'Iniciar sesión',
    intro:
      'Inicia sesión con la cuenta de tu organización para compartir secretos y ver los que compartiste.',
    failedTitle: 'No se pudo iniciar sesión',
    problems: {
      expired:
        'El inicio de sesión tardó demasiado o se empezó en otro navegador. Vuelve a intentarlo.',
      state:
        'La respuesta del proveedor de identidad no correspondía a este inicio de sesión o ya se había usado. Vuelve a intentarlo.',
      denied: 'El proveedor de identidad no te dejó iniciar sesión.',
      rejected:
        'La respuesta del proveedor de identidad no superó los controles de seguridad, así que se rechazó.',
      domain: 'Tu cuenta no pertenece a ningún dominio que acepte este servidor.',
      group: 'Tu cuenta no pertenece a ningún grupo autorizado a usar este servidor.',
      unavailable:
        'No se puede contactar con el proveedor de identidad en este momento. Vuelve a intentarlo en breve.',
    },
  },
  admin: {
    title: 'Administración',
    signInBody: 'Inicia sesión con una cuenta de administrador para gestionar este servidor.',
    deniedTitle: 'Esta página es para administradores',
    deniedBody:
      'Tu cuenta no pertenece a ningún grupo de administración. Pregunta a quienes gestionan este servicio.',
    stats: 'Secretos por estado',
    uploading: 'Subidas en curso',
    bytesStored: 'Almacenado (cifrado)',
    secrets: 'Secretos',
    stateFilter: 'Estado',
    anyState: 'Cualquier estado',
    apply: 'Mostrar',
    page: 'Página {page}, primero los más recientes',
    previous: 'Página anterior',
    next: 'Página siguiente',
    extend: 'Ampliar 1 día',
    extendLabel: 'Ampliar 1 día: el secreto creado el {date}',
    done: 'Hecho',
    keys: 'Claves de API',
    newKey: 'Nueva clave de API',
    keyName: 'Nombre',
    keyNameHint:
      'Letras, cifras y . _ @ - (queda registrado como propietario de lo que cree la clave).',
    keyScope: 'Alcance',
    scopeCreate: 'Crear secretos',
    scopeAdmin: 'Administrar',
    createKey: 'Crear clave',
    keyCreated: 'Clave {name} creada.',
    keyOnce: 'La clave, que solo se muestra esta vez',
    copyKey: 'Copiar la clave de API',
    lastUsed: 'Último uso',
    never: 'nunca',
    noKeys: 'No hay claves de API.',
    revoke: 'Revocar',
    revokeLabel: 'Revocar la clave {name}',
  },
  request: {
    exposedRequestLink:
      'Este enlace de solicitud se envió con su clave visible: su # se cambió por %23 (a menudo lo hace un filtro de correo), así que la clave pasó por el servidor y por todo lo que en el camino registra direcciones. Tu respuesta sigue cifrada solo para quien la pidió, pero quien haya visto el enlace también podría responder: avisa a quien la pidió para que sepa cuál es tu respuesta.',
    exposedInboxLink:
      'Este enlace de bandeja de entrada se envió con su clave privada visible: su # se cambió por %23, así que la clave pasó por el servidor y por todo lo que en el camino registra direcciones. Quien lo haya visto puede abrir estas respuestas: considera expuesto lo que contienen, cámbialo y vuelve a pedirlo con una solicitud nueva.',
    title: 'Solicitar un secreto',
    intro:
      'Pide a alguien que te envíe un secreto. Este navegador crea un par de claves: solo tu enlace de bandeja de entrada (o tu llave de acceso) puede abrir las respuestas, y el servidor nunca las ve.',
    noteLabel: '¿Qué estás pidiendo?',
    noteHint:
      'Lo verá quien tenga el enlace de solicitud; también va cifrado. Como máximo {limit}.',
    noteEmpty: 'Escribe lo que estás pidiendo.',
    noteTooLong: 'La nota ocupa más de {limit}.',
    expiry: 'Admite respuestas durante',
    answers: 'Respuestas',
    oneAnswer: 'Una respuesta',
    dropBox: {
      one: 'Buzón: hasta {count} respuesta',
      many: 'Buzón: hasta {count} de respuestas',
      other: 'Buzón: hasta {count} respuestas',
    },
    passkeyLabel: 'Vincular la bandeja de entrada a una llave de acceso',
    passkeyHint:
      'Así el enlace de la bandeja no contiene ninguna clave privada: para abrir las respuestas también hará falta tu llave de acceso.',
    passkeyUnavailable:
      'No se puede vincular a una llave de acceso: este navegador no sabe derivar claves de las llaves de acceso (WebAuthn PRF).',
    passkeyFailed:
      'No se pudo crear ni usar la llave de acceso. Vuelve a intentarlo o deja desactivada la opción de llave de acceso.',
    submit: 'Crear la solicitud',
    making: 'Creando las claves…',
    madeTitle: 'Tu solicitud está lista',
    requestLinkLabel: 'Enlace de solicitud: este es el que envías',
    requestLinkNote: 'Quien lo tenga puede leer tu nota y responder hasta el {date} ({relative}).',
    copyRequestLink: 'Copiar el enlace de solicitud',
    inboxLinkLabel: 'Enlace de bandeja de entrada: guárdalo solo para ti',
    inboxLinkNote:
      'Abre las respuestas. Cualquiera que lo tenga puede leerlas, así que no lo compartas.',
    inboxPasskeyNote:
      'Muestra la lista de respuestas; para abrirlas también necesitas la llave de acceso que acabas de crear.',
    copyInboxLink: 'Copiar el enlace de bandeja de entrada',
    checking: 'Comprobando el enlace…',
    answerTitle: 'Alguien te pide un secreto',
    noteCaption: 'Su nota:',
    answerSubmit: 'Enviarlo cifrado',
    askLink: '¿Necesitas un secreto de alguien? Solicítalo.',
    sentTitle: 'Enviado',
    sentBody:
      'Tu respuesta va cifrada para que solo quien la pidió pueda abrirla. No recibes ningún enlace.',
    inboxTitle: 'Tu bandeja de entrada',
    inboxLead: '{answers} de {max} respuestas recibidas; {open} se pueden abrir.',
    inboxEmpty: 'Todavía no hay respuestas que abrir.',
    inboxPasskeyLead:
      'Esta bandeja de entrada está vinculada a una llave de acceso. Úsala para ver las respuestas.',
    usePasskey: 'Usar mi llave de acceso',
    wrongPasskeyTitle: 'Esta llave de acceso no abre esta bandeja de entrada',
    wrongPasskeyBody:
      'Usa la llave de acceso con la que se creó la solicitud. No se abrió ni se gastó nada.',
    inboxGoneTitle: 'Esta bandeja de entrada no está disponible',
    inboxGoneBody: 'El enlace es incorrecto, o la solicitud y todas sus respuestas han caducado.',
    answerLine: 'Respuesta {n}: {size}, recibida el {date}, caduca {relative}',
    open: 'Abrir',
    refresh: 'Actualizar',
  },
  timeLock: {
    optionLabel: 'Bloquearlo hasta una hora fijada',
    openingLabel: 'Se abre el',
    optionHint:
      'Nadie podrá abrir el secreto antes de este momento, en tu zona horaria. Debe ser anterior a la caducidad, que se sigue contando desde ahora.',
    inPast:
      'Ese momento ya pasó: elige uno posterior o deja el campo vacío para que se pueda abrir enseguida.',
    afterExpiry:
      'El secreto caducaría antes de abrirse: elige un momento anterior o una caducidad más larga.',
    lockedLead: 'Bloqueado por tiempo: se podrá abrir a partir del {date}.',
    opensIn: 'Se abre {relative}.',
    openNow: 'Ya se puede abrir.',
    notYet:
      'Todavía no: según el servidor, se abre el {date}. No se ha gastado nada; la cuenta atrás sigue ahora el reloj del servidor.',
    notYetTitle: 'Este secreto todavía no se puede abrir',
    notYetBody:
      'Quien lo envió eligió un momento antes del cual sigue bloqueado. No se ha gastado nada: inténtalo más tarde.',
    invalidTitle: 'Se rechazó la hora de apertura',
    invalidBody: 'Debe estar en el futuro y antes de que caduque el secreto.',
    receiptOpens: 'Se abre',
    lockedUntil: 'Bloqueado hasta el {date}',
  },
  fanOut: {
    option: 'Un enlace por persona',
    optionHint:
      'Cada persona recibe su propio enlace, con las aperturas elegidas arriba. Los nombres son opcionales, van cifrados y solo usted los ve en el recibo.',
    person: 'Persona {index}',
    labelPlaceholder: 'Nombre (opcional)',
    addPerson: 'Añadir una persona',
    remove: 'Quitar',
    removePerson: 'Quitar a la persona {index}',
    nameTooLong: 'El nombre de la persona {index} es demasiado largo (63 bytes como máximo).',
    notWithSplit: 'Elija repartir entre personas o un enlace por persona, no ambas cosas.',
    createdTitle: 'Sus enlaces están listos',
    createdLead:
      'Dé a cada persona su propio enlace. Cada enlace abre el secreto por sí solo; el recibo muestra qué enlaces se abrieron.',
    createdAnnounce: 'Enlaces creados',
    notice: 'Cada enlace se puede abrir {times} hasta el {date} ({relative}).',
    linkLabel: 'Enlace {index}',
    copyLink: 'Copiar el enlace de {name}',
    linksTitle: 'Enlaces',
    waiting: 'En espera',
    openedAt: 'Abierto el {date}',
    burned: 'Destruido',
    burnLink: 'Destruir',
    burnNamed: 'Destruir el enlace de {name}',
    burnAll: 'Destruir todos los enlaces',
    burnedAnnounce: 'El enlace de {name} está destruido',
  },
  problem: {
    goneTitle: 'Este secreto no está disponible',
    goneBody:
      'Nunca existió, caducó o ya se abrió. Aquí los secretos solo pueden leerse un número limitado de veces. Pide al remitente que comparta uno nuevo.',
    burnedFailuresTitle: 'Este secreto fue destruido',
    burnedFailuresBody:
      'Se introdujeron demasiadas frases de contraseña incorrectas, así que se destruyó para protegerlo. Pide al remitente que comparta uno nuevo.',
    shownTitle: 'Este secreto ya no se muestra',
    shownBody:
      'Por tu seguridad, la página olvidó el secreto cuando la abandonaste. No se puede volver a mostrar.',
    corruptedTitle: 'Este enlace está dañado',
    corruptedBody:
      'Falta una parte del enlace o ha cambiado, así que no puede abrir nada. Vuelve a copiar el enlace completo, incluido todo lo que va tras el #. Si recargaste esta página, la clave ya se quitó de la barra de direcciones: abre de nuevo el enlace original. No se ha consumido nada.',
    receiptCorruptedTitle: 'Este enlace de acuse está dañado',
    receiptCorruptedBody:
      'Falta una parte del enlace o ha cambiado. Vuelve a copiar el enlace de acuse completo, incluido todo lo que va tras el #.',
    receiptGoneTitle: 'Este acuse no está disponible',
    receiptGoneBody:
      'El enlace de acuse es incorrecto, o el secreto caducó hace tanto que su acuse también se borró.',
    decryptTitle: 'No se pudo descifrar este secreto',
    decryptBody:
      'Los datos no coincidían con el enlace: el enlace o los datos guardados se alteraron. No se mostró nada legible ni se ofreció ningún archivo.',
    unsafeTitle: 'Este secreto usa ajustes inseguros',
    unsafeBody:
      'Los ajustes de su frase de contraseña están fuera del rango seguro, así que esta página se negó a procesarlo.',
    offlineTitle: 'No se puede contactar con el servidor',
    offlineBody: 'Comprueba tu conexión y vuelve a intentarlo. No se envió ni consumió nada.',
    pageFailedTitle: 'Algo salió mal en esta página',
    pageFailedBody: 'Recarga la página y vuelve a intentarlo.',
    rateLimitedWait: 'Vuelve a intentarlo {relative}. No se ha consumido nada.',
    notFoundTitle: 'Página no encontrada',
    notFoundBody: 'No hay nada en esta dirección.',
    cancelledTitle: 'Se canceló la apertura',
    cancelledBody:
      'No se guardó nada. Si la descarga ya había empezado, esta apertura cuenta como usada: «Reintentar» muestra si el secreto aún se puede abrir.',
    retry: 'Reintentar',
    home: 'Compartir un secreto nuevo',
    api: {
      quota_exceeded: {
        title: 'El servidor está lleno por ahora',
        body: 'No se ha guardado nada. Los secretos liberan su espacio al abrirse o caducar: vuelve a intentarlo más tarde o envía menos.',
      },
      storage_full: {
        title: 'El servidor se ha quedado sin espacio',
        body: 'No se ha guardado nada. Los enlaces ya compartidos siguen abriéndose; vuelve a intentarlo más tarde.',
      },
      bad_request: {
        title: 'No se aceptó la solicitud',
        body: 'El servidor no pudo entenderla.',
      },
      invalid_envelope: {
        title: 'Se rechazaron los datos cifrados',
        body: 'El servidor no aceptó el secreto cifrado. Recarga la página y vuelve a intentarlo.',
      },
      payload_too_large: {
        title: 'El secreto es demasiado grande',
        body: 'Supera el límite de tamaño de este servidor.',
      },
      unsupported_media_type: {
        title: 'No se aceptó la solicitud',
        body: 'El servidor rechazó su formato.',
      },
      headers_too_large: {
        title: 'No se aceptó la solicitud',
        body: 'Sus cabeceras eran demasiado grandes.',
      },
      not_found: { title: 'No encontrado', body: 'El servidor no tiene nada en esta dirección.' },
      method_not_allowed: {
        title: 'No se aceptó la solicitud',
        body: 'El servidor no la permite.',
      },
      not_acceptable: {
        title: 'No se aceptó la solicitud',
        body: 'El servidor no puede responder en un formato que esta página entienda.',
      },
      upload_offset_mismatch: {
        title: 'La subida se interrumpió',
        body: 'El servidor y esta página no coinciden en cuánto se envió. Vuelve a intentarlo.',
      },
      id_taken: {
        title: 'Vuelve a intentarlo',
        body: 'Se produjo una colisión poco común al crear el secreto. Crearlo de nuevo funcionará.',
      },
      name_taken: {
        title: 'Este nombre ya está en uso',
        body: 'Ya existe una clave de API con este nombre: revócala primero o elige otro nombre.',
      },
      request_closed: {
        title: 'Esta solicitud ya tiene respuesta',
        body: 'Ya no admite más respuestas: se respondió, la cerró quien la hizo o está llena. No se envió nada.',
      },
      not_live: {
        title: 'Este secreto ya no está activo',
        body: 'Se abrió, se destruyó o caducó.',
      },
      idempotency_key_reused: {
        title: 'No se aceptó la solicitud',
        body: 'Una solicitud repetida no coincidía con la original. Vuelve a intentarlo.',
      },
      unauthorized: {
        title: 'Se necesita una clave de API',
        body: 'Este servidor solo crea secretos para sus miembros. Comprueba tu clave de API y vuelve a intentarlo; abrir enlaces no requiere clave.',
      },
      insufficient_scope: {
        title: 'Esta clave de API no permite hacer eso',
        body: 'Pide a quienes gestionan este servicio una clave que pueda crear secretos.',
      },
      wrong_passphrase: {
        title: 'Frase de contraseña incorrecta',
        body: 'La frase de contraseña no coincidía.',
      },
      forbidden: { title: 'Esta solicitud no está permitida', body: 'El servidor la rechazó.' },
      rate_limited: {
        title: 'Demasiadas solicitudes',
        body: 'Espera un minuto y vuelve a intentarlo. No se ha consumido nada.',
      },
      unavailable: {
        title: 'El servicio no está disponible',
        body: 'El servidor no puede guardar ni leer secretos ahora mismo. Vuelve a intentarlo en breve.',
      },
      internal: {
        title: 'Algo salió mal en el servidor',
        body: 'Vuelve a intentarlo. Si sigue ocurriendo, avisa a quienes gestionan este servicio.',
      },
      unexpected_response: {
        title: 'El servidor dio una respuesta inesperada',
        body: 'Puede que un proxy o un error de configuración estén en medio. Vuelve a intentarlo más tarde.',
      },
    },
  },
}

export default es
