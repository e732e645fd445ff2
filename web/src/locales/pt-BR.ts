import type { Messages } from '../i18n/messages.ts'

const ptBR: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'Criptografia de ponta a ponta no seu navegador. O servidor nunca vê o seu segredo nem a chave dele.',
    about: 'Como funciona',
    language: 'Idioma',
    darkTheme: 'Tema escuro',
  },
  units: {
    characters: {
      one: '{count} caractere',
      many: '{count} de caracteres',
      other: '{count} caracteres',
    },
    times: { one: '{count} vez', many: '{count} de vezes', other: '{count} vezes' },
    views: {
      one: '{count} visualização',
      many: '{count} de visualizações',
      other: '{count} visualizações',
    },
    attemptsLeft: {
      one: 'resta {count} tentativa',
      many: 'restam {count} de tentativas',
      other: 'restam {count} tentativas',
    },
    wrongPassphrases: {
      one: '{count} frase secreta errada',
      many: '{count} de frases secretas erradas',
      other: '{count} frases secretas erradas',
    },
    files: { one: '{count} arquivo', many: '{count} de arquivos', other: '{count} arquivos' },
  },
  create: {
    title: 'Compartilhar um segredo',
    intro:
      'Seu segredo é criptografado neste navegador antes de ser enviado. Você recebe um link que o abre uma vez; depois ele some.',
    secretLabel: 'Segredo',
    secretPlaceholder: 'Cole uma senha, uma chave, uma anotação…',
    counter: '{characters} · {size} de {limit}',
    tooLong: 'Longo demais: o limite neste servidor é {limit}.',
    empty: 'Primeiro digite ou cole um segredo.',
    generator: 'Gerar uma senha ou frase secreta aleatória',
    generatorKind: 'Tipo',
    kindPassword: 'Senha',
    kindPassphrase: 'Frase secreta (palavras)',
    length: 'Comprimento',
    characters: 'Caracteres',
    words: 'Palavras',
    lowercase: 'Minúsculas a–z',
    uppercase: 'Maiúsculas A–Z',
    digits: 'Dígitos 0–9',
    symbols: 'Símbolos !#$…',
    generate: 'Gerar no campo do segredo',
    generated: 'Gerada neste navegador (cerca de {bits} bits de aleatoriedade).',
    noCharset: 'Escolha pelo menos um conjunto de caracteres.',
    expiry: 'Expira após',
    views: 'Número de visualizações',
    passphrase: 'Frase secreta (opcional)',
    passphraseHint:
      'O destinatário precisa dela para abrir o segredo. Envie-a por um canal diferente do link.',
    notifyEmail: 'Me avise por e-mail quando for aberto (opcional)',
    notifyEmailHint:
      'Seu endereço fica no servidor só até esse e-mail ser enviado ou o segredo deixar de existir. O e-mail não traz nenhum link.',
    notifyEmailInvalid:
      'Digite um endereço de e-mail como voce@example.com ou deixe o campo vazio.',
    notifyEmailFiles:
      'O aviso por e-mail só funciona para segredos em texto: remova os arquivos ou o endereço.',
    showPassphrase: 'Mostrar a frase secreta',
    generatePassphrase: 'Gerar uma frase secreta',
    submit: 'Criar link',
    encrypting: 'Criptografando…',
    stretching: 'Reforçando a frase secreta (Argon2), isso leva um instante…',
  },
  files: {
    legend: 'Arquivos (opcional)',
    choose: 'Escolher arquivos…',
    limits:
      'Até {file} por arquivo e {total} no total, criptografados, neste servidor. Você também pode soltar arquivos neste formulário.',
    summary: '{files}, {size} no total',
    fileTooLarge: 'Grande demais: o limite é {limit} por arquivo.',
    nameTooLong: 'O nome é longo demais: no máximo 255 bytes.',
    tooMany: 'Arquivos demais: no máximo {max}.',
    totalTooLarge:
      'Grande demais no total: criptografados, a mensagem e os arquivos ocupam {size}, e o limite neste servidor é {limit}.',
    fixFiles: 'Alguns arquivos não podem ser enviados: remova os marcados na lista.',
    remove: 'Remover',
    removeNamed: 'Remover {name}',
    removed: '{name} removido',
    added: 'Adicionado: {files}',
    empty: 'Primeiro digite um segredo ou escolha um arquivo.',
    cancelled: 'Cancelado. Nada foi compartilhado e nenhum link foi criado.',
  },
  progress: {
    encrypting: 'Criptografando',
    uploading: 'Enviando',
    downloading: 'Baixando',
    decrypting: 'Descriptografando',
    numbers: '{percent} · {done} de {total}',
    speed: '{size}/s',
    announce: '{phase}: {percent}',
    cancel: 'Cancelar',
  },
  created: {
    shareHint:
      'Cole o link inteiro como texto simples em um chat ou em uma mensagem. Alguns filtros de e-mail reescrevem links e expõem a chave; a página de quem recebe avisa sobre isso.',
    title: 'Seu link está pronto',
    announce: 'Link criado',
    shareLabel: 'Link para compartilhar',
    notice: 'Ele pode ser aberto {times} até {date} ({relative}). Depois disso, some de vez.',
    passphraseReminder: 'Envie a frase secreta separadamente, por outro canal.',
    qrLabel: 'Código QR do link para compartilhar',
    qrCaption:
      'Escaneie com a câmera de um celular para abrir o link nele. O código também contém a chave.',
    receiptLabel: 'Link de recibo privado',
    receiptNote:
      'Guarde este só para você: ele mostra se o segredo foi aberto e permite destruí-lo antes.',
    another: 'Criar outro segredo',
    sendByEmail: 'Enviar por e-mail',
    share: 'Compartilhar…',
    sharePassphrase: 'A frase secreta não vai junto: envie-a ao destinatário por outro meio.',
    mailSubject: 'Um segredo para você',
    mailBody:
      'Estou compartilhando um segredo com você. Abra este link no seu navegador para vê-lo. Ele pode ser aberto {times}, até {date}; depois some:',
    mailPassphrase:
      'Você também precisa de uma frase secreta para abri-lo. Vou enviá-la por outro meio.',
  },
  copy: {
    copy: 'Copiar',
    copied: 'Copiado',
    shareLink: 'Copiar o link para compartilhar',
    receiptLink: 'Copiar o link de recibo',
    secret: 'Copiar o segredo',
    announce: 'Copiado para a área de transferência',
    failed:
      'Não foi possível copiar: o texto está selecionado, pressione Ctrl+C (ou ⌘C) para copiá-lo.',
  },
  reveal: {
    exposedLink:
      'Este link foi enviado com a chave à vista: o # dele tinha sido trocado por %23 (muitas vezes por um filtro de e-mail), então a chave passou pelo servidor e por tudo no caminho que registra endereços. Peça a quem enviou que considere este segredo exposto: que troque a senha ou a chave que ele contém e, da próxima vez, envie o link como texto simples em um chat ou em uma mensagem.',
    checking: 'Verificando o link…',
    title: 'Um segredo está esperando por você',
    viewOnce: 'Ele pode ser visto uma vez. Abri-lo o destrói.',
    viewMany: 'Ele pode ser visto {times} no total. A última abertura o destrói.',
    expires: 'Disponível até {date} ({relative}).',
    nothingYet: 'Nada é aberto até você apertar o botão.',
    passphrase: 'Frase secreta',
    passphraseHint: 'O remetente deve ter passado a você separadamente.',
    passphraseMissing: 'Primeiro digite a frase secreta.',
    wrongPassphrase: 'Frase secreta errada: {attempts} antes de o segredo ser destruído.',
    submit: 'Revelar o segredo',
    decrypting: 'Descriptografando…',
    stretching: 'Verificando a frase secreta (Argon2), isso leva um instante…',
    revealedTitle: 'Seu segredo',
    announce: 'Segredo revelado',
    textLabel: 'Texto do segredo',
    destroyed:
      'Ele foi apagado do servidor e este link não funciona mais. Copie-o agora se precisar.',
    viewsLeft: 'Este link ainda pode ser aberto {times}; depois é apagado.',
    clipboardWarning:
      'O histórico da área de transferência ou a sincronização dela na nuvem podem guardar o texto copiado.',
    filesLabel: 'Arquivos',
    saveFile: 'Salvar {name} ({size})',
    filesNote: 'Arquivos nunca são abertos aqui: salve-os e verifique-os antes de abrir.',
  },
  receipt: {
    exposedLink:
      'Este link de recibo foi enviado com o token à vista: o # dele tinha sido trocado por %23, então o token passou pelo servidor e por tudo no caminho que registra endereços. Quem o viu pode consultar ou destruir este segredo, e o link de compartilhamento pode ter seguido o mesmo caminho: destrua-o agora e compartilhe o segredo de novo.',
    checking: 'Verificando o segredo…',
    active: 'Ainda não aberto',
    partly: 'Aberto, ainda disponível',
    viewed: 'Aberto',
    expired: 'Expirado',
    burned: 'Destruído por você',
    burnedFailures: 'Destruído após frases secretas erradas demais',
    activeNone: 'Ninguém abriu o segredo ainda.',
    activeSome: {
      one: 'Aberto {count} vez até agora, de {max} permitidas.',
      many: 'Aberto {count} de vezes até agora, de {max} permitidas.',
      other: 'Aberto {count} vezes até agora, de {max} permitidas.',
    },
    viewedAt: 'Aberto em {date}. Agora está apagado.',
    viewedNoTime: 'Ele foi aberto e agora está apagado.',
    expiredDetail: 'Ninguém o abriu antes de expirar. Agora está apagado.',
    burnedDetail: 'Ninguém mais pode abri-lo.',
    failuresDetail:
      'Alguém digitou {passphrases}, por isso o segredo foi destruído para protegê-lo.',
    created: 'Criado',
    expires: 'Expira',
    expiredAt: 'Expirou',
    failures: 'Frases secretas erradas',
    when: '{date} ({relative})',
    refresh: 'Atualizar',
    refreshed: 'Status atualizado',
    burn: 'Destruir agora',
    burnConfirm: 'Destruir o segredo agora? O link vai parar de funcionar para todos.',
    burnYes: 'Sim, destruir',
    burnNo: 'Cancelar',
    burnedAnnounce: 'Segredo destruído',
  },
  split: {
    option: 'Dividir entre pessoas',
    optionHint:
      'Em vez de um link, um link por pessoa. O segredo só abre quando pessoas suficientes juntam seus links em um mesmo navegador; menos não revelam nada.',
    needed: 'Links necessários para abrir',
    total: 'Pessoas (links no total)',
    createdTitle: 'Seus links divididos estão prontos',
    createdLead:
      'Entregue cada link a uma pessoa diferente. Quaisquer {needed} destes {total} links juntos abrem o segredo; menos não revelam nada. Nenhum link sozinho é a chave inteira.',
    createdAnnounce: 'Links divididos criados',
    linkLabel: 'Link {index} de {total}',
    copyLink: 'Copiar o link {index}',
    qrLabel: 'Código QR do link {index}',
    title: 'Parte de um segredo dividido',
    lead: 'Este segredo foi dividido entre várias pessoas: {needed} dos links delas são necessários para abri-lo. Cole os outros links aqui, neste navegador. Nada é enviado até que haja links suficientes e você aperte o botão.',
    present: '{present} de {needed} partes presentes.',
    missing: {
      one: 'Falta mais {count} link.',
      many: 'Faltam mais {count} links.',
      other: 'Faltam mais {count} links.',
    },
    shareItem: 'Parte {index} de {total}',
    sharesLabel: 'Partes neste navegador',
    pasteLabel: 'Outro link de parte',
    pasteHint: 'Cole um ou mais links deste segredo, separados por espaços ou quebras de linha.',
    add: 'Adicionar o link',
    added: 'Adicionado. {present} de {needed} partes presentes.',
    empty: 'Cole primeiro um link de parte.',
    combining: 'Juntando as partes…',
    badShare:
      'Este não é um link de parte de um segredo dividido, ou falta um pedaço dele. Copie o link inteiro de novo. Nada foi gasto.',
    mismatch:
      'Este link é parte de outro segredo (ou de outra divisão dele), então não ajuda a abrir este. Nada foi gasto.',
    duplicate: 'Esta parte já está aqui: é preciso o link de outra pessoa.',
    corrupted:
      'Estas partes não se encaixam: uma delas foi alterada. Nada foi gasto; peça a quem a tem que copie o link de novo.',
  },
  about: {
    fingerprintTitle: 'Verificar esta página',
    fingerprintText:
      'Este servidor publica em um manifesto o SHA-256 de cada arquivo desta página. A impressão digital dele está abaixo: compare-a com a publicada para a versão em que você confia, ou execute “hushlink verify” com este endereço, que verifica cada arquivo que a página carrega.',
    fingerprintLabel: 'Impressão digital do manifesto de build da página',
    fingerprintCopy: 'Copiar a impressão digital',
    fingerprintLoading: 'Lendo o manifesto…',
    fingerprintMissing:
      'Este servidor não publica um manifesto de build, então esta página não pode ser verificada.',
    title: 'Como o Hushlink funciona',
    lead: 'O Hushlink leva um segredo de você para uma pessoa e depois o esquece. Veja o que acontece e por que ninguém mais consegue lê-lo, nem mesmo nós.',
    howTitle: 'O que acontece com o seu segredo',
    how1: 'Esta página cria uma chave aleatória e criptografa o seu segredo com ela, no seu navegador (libsodium, XChaCha20-Poly1305).',
    how2: 'Só os dados criptografados vão para o servidor. A chave viaja na parte do link depois do #, que os navegadores nunca enviam a nenhum servidor.',
    how3: 'Quando o destinatário aperta o botão, o navegador dele busca os dados criptografados uma vez e os descriptografa. O servidor os apaga após a última abertura permitida ou quando expiram.',
    how4: 'A frase secreta é reforçada com Argon2id no navegador e misturada à chave. O servidor guarda só um valor de verificação e destrói o segredo após algumas tentativas erradas.',
    trustTitle: 'Por que você pode confiar',
    trust1:
      'O servidor armazena texto cifrado, tamanhos e horários: nunca o seu texto, a sua chave ou a sua frase secreta.',
    trust2:
      'A página não carrega nada de outros sites, não usa cookies nem análises. A política de segurança dela bloqueia qualquer tentativa.',
    trust3: 'Cada script é conferido com o seu hash (Subresource Integrity) antes de rodar.',
    trust4:
      'Abrir um link só mostra que há um segredo esperando: prévias de links e scanners não o consomem.',
    limitsTitle: 'Contra o que ele não protege',
    limits1:
      'Quem pegar o link primeiro pode abri-lo. Você vai perceber: o recibo mostra que foi aberto e o destinatário não o encontra mais. Uma frase secreta enviada por outro meio fecha essa brecha.',
    limits2:
      'Um dispositivo comprometido, uma extensão do navegador ou uma gravação de tela vê o que você vê.',
    limits3:
      'Um servidor comprometido poderia enviar uma página modificada. O cliente de linha de comando dispensa confiar na página.',
    start: 'Compartilhar um segredo',
  },
  apiKey: {
    rememberFor: 'Ela é esquecida depois de 7 dias.',
    checking: 'Verificando a chave de API…',
    adminRefused:
      'Esta é uma chave de administrador. Esta página a recusa: em um navegador, uma chave que pode ler e destruir os registros de todos os segredos fica exposta demais. Use uma chave com permissão para criar.',
    label: 'Chave de API',
    hint: 'Este servidor só cria segredos para os seus membros. Abrir um link nunca exige uma chave.',
    remember: 'Lembrar neste dispositivo',
    missing: 'Primeiro digite a sua chave de API.',
    malformed: 'Isto não é uma chave de API: ela começa com hlk_ e tem 47 caracteres.',
  },
  account: {
    navLabel: 'Conta',
    signIn: 'Entrar',
    signOut: 'Sair',
    mySecrets: 'Meus segredos',
    admin: 'Administração',
    myIntro:
      'Segredos que você criou com a sessão iniciada, ainda esperando ou encerrados há pouco. Só o estado deles aparece: o conteúdo nunca esteve legível no servidor.',
    none: 'Nada aqui ainda.',
    createNew: 'Compartilhar um novo segredo',
    createSignIn:
      'Este servidor só cria segredos para os seus membros: entre, ou informe uma chave de API abaixo.',
    signInTitle: 'Entre primeiro',
    signInBody:
      'Entre com a conta da sua organização para ver os segredos que você compartilhou. Abrir um link nunca exige uma conta.',
    created: 'Criado',
    owner: 'Dono',
    anonymous: 'anônimo',
    state: 'Estado',
    expires: 'Expira',
    viewsLeft: 'Visualizações restantes',
    actions: 'Ações',
    waiting: 'Esperando',
    active: 'Esperando',
    opened: 'Aberto',
    openedAt: 'Aberto em {date}',
    openedSome: 'Aberto em {date} ({count} de {max} visualizações), ainda disponível',
    expired: 'Expirado',
    burned: 'Destruído',
    burnedFailures: 'Destruído após frases secretas erradas',
    burn: 'Destruir',
    burnLabel: 'Destruir o segredo criado em {date}',
    burnedAnnounce: 'Segredo destruído',
  },
  signIn: {
    title: 'Entrar',
    intro:
      'Entre com a conta da sua organização para compartilhar segredos e ver os que você compartilhou.',
    failedTitle: 'Não foi possível entrar',
    problems: {
      expired: 'O login demorou demais ou foi iniciado em outro navegador. Tente de novo.',
      state:
        'A resposta do provedor de identidade não era deste login ou já tinha sido usada. Tente de novo.',
      denied: 'O provedor de identidade não liberou a sua entrada.',
      rejected:
        'A resposta do provedor de identidade não passou nas verificações de segurança, por isso foi recusada.',
      domain: 'A sua conta não está em um domínio aceito por este servidor.',
      group: 'A sua conta não está em um grupo que pode usar este servidor.',
      unavailable:
        'Não foi possível contatar o provedor de identidade agora. Tente de novo em instantes.',
    },
  },
  admin: {
    title: 'Administração',
    signInBody: 'Entre com uma conta de administrador para gerenciar este servidor.',
    deniedTitle: 'Esta página é para administradores',
    deniedBody:
      'A sua conta não está em um grupo de administradores. Fale com quem administra este serviço.',
    stats: 'Segredos por estado',
    uploading: 'Envios em andamento',
    bytesStored: 'Armazenado (criptografado)',
    secrets: 'Segredos',
    stateFilter: 'Estado',
    anyState: 'Qualquer estado',
    apply: 'Mostrar',
    page: 'Página {page}, mais recentes primeiro',
    previous: 'Página anterior',
    next: 'Próxima página',
    extend: 'Estender 1 dia',
    extendLabel: 'Estender 1 dia: o segredo criado em {date}',
    done: 'Pronto',
    keys: 'Chaves de API',
    newKey: 'Nova chave de API',
    keyName: 'Nome',
    keyNameHint: 'Letras, dígitos e . _ @ - (fica registrado como dono do que a chave criar).',
    keyScope: 'Escopo',
    scopeCreate: 'Criar segredos',
    scopeAdmin: 'Administrar',
    createKey: 'Criar chave',
    keyCreated: 'Chave {name} criada.',
    keyOnce: 'A chave, mostrada só desta vez',
    copyKey: 'Copiar a chave de API',
    lastUsed: 'Último uso',
    never: 'nunca',
    noKeys: 'Nenhuma chave de API.',
    revoke: 'Revogar',
    revokeLabel: 'Revogar a chave {name}',
  },
  request: {
    exposedRequestLink:
      'Este link de pedido foi enviado com a chave visível: o # dele foi trocado por %23 (muitas vezes por um filtro de e-mail), então a chave passou pelo servidor e por tudo no caminho que registra endereços. Sua resposta continua cifrada só para quem pediu, mas quem viu o link também poderia respondê-lo: avise quem pediu, para que saiba qual resposta é sua.',
    exposedInboxLink:
      'Este link de caixa de entrada foi enviado com a chave privada visível: o # dele foi trocado por %23, então a chave passou pelo servidor e por tudo no caminho que registra endereços. Quem o viu pode abrir estas respostas: considere exposto o que elas contêm, troque-o e peça de novo com um novo pedido.',
    title: 'Pedir um segredo',
    intro:
      'Peça a alguém que envie um segredo para você. Este navegador cria um par de chaves: só o seu link da caixa de entrada (ou a sua chave de acesso) abre as respostas, e o servidor nunca as vê.',
    noteLabel: 'O que você está pedindo?',
    noteHint:
      'Aparece para quem tiver o link do pedido; também é criptografado. No máximo {limit}.',
    noteEmpty: 'Escreva o que você está pedindo.',
    noteTooLong: 'A nota passa de {limit}.',
    expiry: 'Aceita respostas por',
    answers: 'Respostas',
    oneAnswer: 'Uma resposta',
    dropBox: {
      one: 'Caixa de coleta: até {count} resposta',
      many: 'Caixa de coleta: até {count} de respostas',
      other: 'Caixa de coleta: até {count} respostas',
    },
    passkeyLabel: 'Vincular a caixa de entrada a uma chave de acesso',
    passkeyHint:
      'Assim o link da caixa de entrada não guarda nenhuma chave privada: para abrir as respostas, você também vai precisar da sua chave de acesso.',
    passkeyUnavailable:
      'Não é possível vincular a uma chave de acesso: este navegador não consegue derivar chaves de chaves de acesso (WebAuthn PRF).',
    passkeyFailed:
      'Não foi possível criar ou usar a chave de acesso. Tente de novo ou deixe a opção de chave de acesso desligada.',
    submit: 'Criar o pedido',
    making: 'Gerando as chaves…',
    madeTitle: 'Seu pedido está pronto',
    requestLinkLabel: 'Link do pedido: envie este',
    requestLinkNote: 'Quem tiver este link pode ler sua nota e responder até {date} ({relative}).',
    copyRequestLink: 'Copiar link do pedido',
    inboxLinkLabel: 'Link da caixa de entrada: guarde só para você',
    inboxLinkNote:
      'Ele abre as respostas. Qualquer pessoa com ele pode lê-las, então não o compartilhe.',
    inboxPasskeyNote:
      'Ele lista as respostas; para abri-las, também é preciso a chave de acesso que você acabou de criar.',
    copyInboxLink: 'Copiar link da caixa de entrada',
    checking: 'Verificando o link…',
    answerTitle: 'Alguém está pedindo um segredo para você',
    noteCaption: 'A nota da pessoa:',
    answerSubmit: 'Enviar criptografado',
    askLink: 'Precisa de um segredo de alguém? Peça.',
    sentTitle: 'Enviado',
    sentBody:
      'Sua resposta é criptografada para que só quem pediu possa abri-la. Você não recebe nenhum link.',
    inboxTitle: 'Sua caixa de entrada',
    inboxLead: '{answers} de {max} respostas recebidas; {open} podem ser abertas.',
    inboxEmpty: 'Nenhuma resposta para abrir ainda.',
    inboxPasskeyLead:
      'Esta caixa de entrada está vinculada a uma chave de acesso. Use-a para ver as respostas.',
    usePasskey: 'Usar minha chave de acesso',
    wrongPasskeyTitle: 'Esta chave de acesso não abre esta caixa de entrada',
    wrongPasskeyBody:
      'Use a chave de acesso com que o pedido foi criado. Nada foi aberto nem gasto.',
    inboxGoneTitle: 'Esta caixa de entrada não está disponível',
    inboxGoneBody: 'O link está errado, ou o pedido e todas as respostas expiraram.',
    answerLine: 'Resposta {n}: {size}, recebida em {date}, expira {relative}',
    open: 'Abrir',
    refresh: 'Atualizar',
  },
  timeLock: {
    optionLabel: 'Bloquear até um horário definido',
    openingLabel: 'Abre em',
    optionHint:
      'Ninguém poderá abrir o segredo antes deste momento, no seu fuso horário. Ele precisa ser anterior à expiração, que continua contando a partir de agora.',
    inPast:
      'Esse momento já passou: escolha um posterior ou deixe o campo vazio para que ele possa ser aberto na hora.',
    afterExpiry:
      'O segredo expiraria antes de abrir: escolha um momento anterior ou uma validade maior.',
    lockedLead: 'Bloqueado por tempo: poderá ser aberto a partir de {date}.',
    opensIn: 'Abre {relative}.',
    openNow: 'Já pode ser aberto.',
    notYet:
      'Ainda não: segundo o servidor, ele abre em {date}. Nada foi gasto; a contagem regressiva agora segue o relógio do servidor.',
    notYetTitle: 'Este segredo ainda não pode ser aberto',
    notYetBody:
      'Quem enviou escolheu um momento antes do qual ele fica bloqueado. Nada foi gasto: tente de novo mais tarde.',
    invalidTitle: 'O horário de abertura foi recusado',
    invalidBody: 'Ele precisa estar no futuro e antes de o segredo expirar.',
    receiptOpens: 'Abre em',
    lockedUntil: 'Bloqueado até {date}',
  },
  fanOut: {
    option: 'Um link por pessoa',
    optionHint:
      'Cada pessoa recebe o próprio link, com as aberturas escolhidas acima. Os nomes são opcionais, criptografados e só você os vê no recibo.',
    person: 'Pessoa {index}',
    labelPlaceholder: 'Nome (opcional)',
    addPerson: 'Adicionar uma pessoa',
    remove: 'Remover',
    removePerson: 'Remover a pessoa {index}',
    nameTooLong: 'O nome da pessoa {index} é longo demais (no máximo 63 bytes).',
    notWithSplit: 'Escolha dividir entre pessoas ou um link por pessoa, não os dois.',
    createdTitle: 'Seus links estão prontos',
    createdLead:
      'Dê a cada pessoa o próprio link. Cada link abre o segredo sozinho; o recibo mostra quais links foram abertos.',
    createdAnnounce: 'Links criados',
    notice: 'Cada link pode ser aberto {times} até {date} ({relative}).',
    linkLabel: 'Link nº {index}',
    copyLink: 'Copiar o link de {name}',
    linksTitle: 'Seus links',
    waiting: 'Aguardando',
    openedAt: 'Aberto em {date}',
    burned: 'Destruído',
    burnLink: 'Destruir',
    burnNamed: 'Destruir o link de {name}',
    burnAll: 'Destruir todos os links',
    burnedAnnounce: 'O link de {name} foi destruído',
  },
  problem: {
    goneTitle: 'Este segredo não está disponível',
    goneBody:
      'Ele nunca existiu, expirou ou já foi aberto. Os segredos aqui só podem ser lidos um número limitado de vezes. Peça ao remetente para compartilhar um novo.',
    burnedFailuresTitle: 'Este segredo foi destruído',
    burnedFailuresBody:
      'Foram digitadas frases secretas erradas demais, então ele foi destruído para protegê-lo. Peça ao remetente para compartilhar um novo.',
    shownTitle: 'Este segredo não é mais exibido',
    shownBody:
      'Para sua segurança, a página esqueceu o segredo quando você saiu dela. Ele não pode ser exibido de novo.',
    corruptedTitle: 'Este link está corrompido',
    corruptedBody:
      'Parte do link está faltando ou foi alterada, então ele não abre nada. Copie o link inteiro de novo, incluindo tudo depois do #. Se você recarregou esta página, a chave já foi removida da barra de endereços: abra o link original de novo. Nada foi consumido.',
    receiptCorruptedTitle: 'Este link de recibo está corrompido',
    receiptCorruptedBody:
      'Parte do link está faltando ou foi alterada. Copie o link de recibo inteiro de novo, incluindo tudo depois do #.',
    receiptGoneTitle: 'Este recibo não está disponível',
    receiptGoneBody:
      'O link de recibo está errado, ou o segredo expirou há tanto tempo que o recibo também foi apagado.',
    decryptTitle: 'Não foi possível descriptografar este segredo',
    decryptBody:
      'Os dados não correspondiam ao link: o link ou os dados armazenados foram alterados. Nada legível foi exibido e nenhum arquivo foi oferecido.',
    unsafeTitle: 'Este segredo usa configurações inseguras',
    unsafeBody:
      'As configurações da frase secreta estão fora da faixa segura, então esta página se recusou a processá-lo.',
    offlineTitle: 'Não foi possível acessar o servidor',
    offlineBody: 'Verifique a sua conexão e tente de novo. Nada foi enviado nem consumido.',
    pageFailedTitle: 'Algo deu errado nesta página',
    pageFailedBody: 'Recarregue a página e tente de novo.',
    rateLimitedWait: 'Tente de novo {relative}. Nada foi consumido.',
    notFoundTitle: 'Página não encontrada',
    notFoundBody: 'Não há nada neste endereço.',
    cancelledTitle: 'A abertura foi cancelada',
    cancelledBody:
      'Nada foi salvo. Se o download já tinha começado, esta abertura conta como usada: “Tentar de novo” mostra se o segredo ainda pode ser aberto.',
    retry: 'Tentar de novo',
    home: 'Compartilhar um novo segredo',
    api: {
      quota_exceeded: {
        title: 'O servidor está cheio no momento',
        body: 'Nada foi guardado. Os segredos liberam espaço quando são abertos ou expiram: tente de novo mais tarde ou envie menos.',
      },
      storage_full: {
        title: 'O servidor ficou sem espaço',
        body: 'Nada foi guardado. Os links já compartilhados continuam abrindo; tente de novo mais tarde.',
      },
      bad_request: {
        title: 'A solicitação não foi aceita',
        body: 'O servidor não conseguiu entendê-la.',
      },
      invalid_envelope: {
        title: 'Os dados criptografados foram recusados',
        body: 'O servidor não aceitou o segredo criptografado. Recarregue a página e tente de novo.',
      },
      payload_too_large: {
        title: 'O segredo é grande demais',
        body: 'Ele excede o limite de tamanho deste servidor.',
      },
      unsupported_media_type: {
        title: 'A solicitação não foi aceita',
        body: 'O servidor recusou o formato dela.',
      },
      headers_too_large: {
        title: 'A solicitação não foi aceita',
        body: 'Os cabeçalhos eram grandes demais.',
      },
      not_found: { title: 'Não encontrado', body: 'O servidor não tem nada neste endereço.' },
      method_not_allowed: {
        title: 'A solicitação não foi aceita',
        body: 'O servidor não a permite.',
      },
      not_acceptable: {
        title: 'A solicitação não foi aceita',
        body: 'O servidor não consegue responder num formato que esta página leia.',
      },
      upload_offset_mismatch: {
        title: 'O envio foi interrompido',
        body: 'O servidor e esta página discordam sobre quanto foi enviado. Tente de novo.',
      },
      id_taken: {
        title: 'Tente de novo',
        body: 'Houve uma colisão rara ao criar o segredo. Criá-lo de novo vai funcionar.',
      },
      name_taken: {
        title: 'Este nome já está em uso',
        body: 'Já existe uma chave de API com este nome: revogue-a primeiro ou escolha outro nome.',
      },
      request_closed: {
        title: 'Este pedido já foi respondido',
        body: 'Ele não aceita mais respostas: foi respondido, encerrado por quem pediu ou está cheio. Nada foi enviado.',
      },
      not_live: {
        title: 'Este segredo não está mais ativo',
        body: 'Ele foi aberto, destruído ou expirou.',
      },
      idempotency_key_reused: {
        title: 'A solicitação não foi aceita',
        body: 'Uma solicitação repetida não correspondia à original. Tente de novo.',
      },
      unauthorized: {
        title: 'É preciso uma chave de API',
        body: 'Este servidor só cria segredos para os seus membros. Verifique a sua chave de API e tente de novo; abrir links não exige chave.',
      },
      insufficient_scope: {
        title: 'Esta chave de API não pode fazer isso',
        body: 'Peça a quem administra este serviço uma chave que possa criar segredos.',
      },
      wrong_passphrase: {
        title: 'Frase secreta errada',
        body: 'A frase secreta não confere.',
      },
      forbidden: { title: 'Esta solicitação não é permitida', body: 'O servidor a recusou.' },
      rate_limited: {
        title: 'Solicitações demais',
        body: 'Espere um minuto e tente de novo. Nada foi consumido.',
      },
      unavailable: {
        title: 'O serviço está indisponível',
        body: 'O servidor não consegue guardar nem ler segredos agora. Tente de novo em instantes.',
      },
      internal: {
        title: 'Algo deu errado no servidor',
        body: 'Tente de novo. Se continuar acontecendo, avise quem administra este serviço.',
      },
      unexpected_response: {
        title: 'O servidor deu uma resposta inesperada',
        body: 'Talvez um proxy ou uma configuração errada esteja no caminho. Tente de novo mais tarde.',
      },
    },
  },
}

export default ptBR
