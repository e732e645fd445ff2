import type { Messages } from '../i18n/messages.ts'

const tr: Messages = {
  app: {
    name: 'Hushlink',
    footer:
      'Tarayıcınızda uçtan uca şifrelenir. Sunucu sırrınızı da anahtarını da hiçbir zaman görmez.',
    about: 'Nasıl çalışır',
    language: 'Dil',
    darkTheme: 'Koyu tema',
  },
  units: {
    characters: { one: '{count} karakter', other: '{count} karakter' },
    times: { one: 'bir kez', other: '{count} kez' },
    views: { one: '{count} görüntüleme', other: '{count} görüntüleme' },
    attemptsLeft: { one: '{count} deneme hakkı kaldı', other: '{count} deneme hakkı kaldı' },
    wrongPassphrases: { one: '{count} yanlış parola öbeği', other: '{count} yanlış parola öbeği' },
    files: { one: '{count} dosya', other: '{count} dosya' },
  },
  create: {
    title: 'Bir sır paylaşın',
    intro:
      'Sırrınız gönderilmeden önce bu tarayıcıda şifrelenir. Onu bir kez açan bir bağlantı alırsınız, sonra sır yok olur.',
    secretLabel: 'Sır',
    secretPlaceholder: 'Bir parola, anahtar ya da not yapıştırın…',
    counter: '{characters} · {size} / {limit}',
    tooLong: 'Çok uzun: bu sunucudaki sınır {limit}.',
    empty: 'Önce bir sır yazın ya da yapıştırın.',
    generator: 'Rastgele bir parola ya da parola öbeği üretin',
    generatorKind: 'Tür',
    kindPassword: 'Parola',
    kindPassphrase: 'Parola öbeği (sözcükler)',
    length: 'Uzunluk',
    characters: 'Karakterler',
    words: 'Sözcükler',
    lowercase: 'Küçük harfler a–z',
    uppercase: 'Büyük harfler A–Z',
    digits: 'Rakamlar 0–9',
    symbols: 'Simgeler !#$…',
    generate: 'Sır alanına üret',
    generated: 'Bu tarayıcıda üretildi (yaklaşık {bits} bit rastgelelik).',
    noCharset: 'En az bir karakter kümesi seçin.',
    expiry: 'Geçerlilik süresi',
    views: 'Görüntüleme sayısı',
    passphrase: 'Parola öbeği (isteğe bağlı)',
    passphraseHint:
      'Alıcının sırrı açması için gereklidir. Bunu bağlantıdan farklı bir kanaldan gönderin.',
    showPassphrase: 'Parola öbeğini göster',
    generatePassphrase: 'Parola öbeği üret',
    submit: 'Bağlantı oluştur',
    encrypting: 'Şifreleniyor…',
    stretching: 'Parola öbeği güçlendiriliyor (Argon2), bu biraz sürer…',
  },
  files: {
    legend: 'Dosyalar (isteğe bağlı)',
    choose: 'Dosya seçin…',
    limits:
      'Bu sunucuda dosya başına {file}, toplamda {total}, şifreli olarak. Dosyaları bu formun üzerine de bırakabilirsiniz.',
    summary: '{files}, toplam {size}',
    fileTooLarge: 'Çok büyük: dosya başına sınır {limit}.',
    nameTooLong: 'Adı çok uzun: en fazla 255 bayt.',
    tooMany: 'Çok fazla dosya: en fazla {max}.',
    totalTooLarge:
      'Toplamda çok büyük: şifrelenmiş hâlde mesaj ve dosyalar {size} tutuyor, bu sunucudaki sınır ise {limit}.',
    fixFiles: 'Bazı dosyalar gönderilemiyor: listede işaretli olanları kaldırın.',
    remove: 'Kaldır',
    removeNamed: 'Kaldır: {name}',
    removed: 'Kaldırıldı: {name}',
    added: 'Eklendi: {files}',
    empty: 'Önce bir sır yazın ya da bir dosya seçin.',
    cancelled: 'İptal edildi. Hiçbir şey paylaşılmadı, bağlantı oluşturulmadı.',
  },
  progress: {
    encrypting: 'Şifreleniyor',
    uploading: 'Yükleniyor',
    downloading: 'İndiriliyor',
    decrypting: 'Şifre çözülüyor',
    numbers: '{percent} · {done} / {total}',
    speed: '{size}/sn',
    announce: '{phase}: {percent}',
    cancel: 'İptal',
  },
  created: {
    shareHint:
      'Bağlantının tamamını bir sohbete veya iletiye düz metin olarak yapıştırın. Bazı e-posta filtreleri bağlantıları yeniden yazar ve anahtarı açığa çıkarır; alıcının sayfası o zaman bu konuda uyarır.',
    title: 'Bağlantınız hazır',
    announce: 'Bağlantı oluşturuldu',
    shareLabel: 'Paylaşım bağlantısı',
    notice: '{date} tarihine kadar ({relative}) {times} açılabilir. Sonrasında tamamen yok olur.',
    passphraseReminder: 'Parola öbeğini ayrıca, başka bir kanaldan gönderin.',
    qrLabel: 'Paylaşım bağlantısının QR kodu',
    qrCaption:
      'Bağlantıyı bir telefonda açmak için telefon kamerasıyla tarayın. Kod, anahtarı da içerir.',
    receiptLabel: 'Özel makbuz bağlantısı',
    receiptNote:
      'Bunu kendinize saklayın: sırrın açılıp açılmadığını gösterir ve onu erkenden yok etmenizi sağlar.',
    another: 'Başka bir sır oluştur',
    sendByEmail: 'E-postayla gönder',
    share: 'Paylaş…',
    sharePassphrase: 'Parola öbeği eklenmez: onu alıcıya başka bir yoldan gönderin.',
    mailSubject: 'Size bir sır',
    mailBody:
      'Sizinle bir sır paylaşıyorum. Görmek için bu bağlantıyı tarayıcınızda açın. {date} tarihine kadar {times} açılabilir, sonra yok olur:',
    mailPassphrase:
      'Açmak için bir parola öbeği de gerekiyor. Onu size başka bir yoldan göndereceğim.',
  },
  copy: {
    copy: 'Kopyala',
    copied: 'Kopyalandı',
    shareLink: 'Paylaşım bağlantısını kopyala',
    receiptLink: 'Makbuz bağlantısını kopyala',
    secret: 'Sırrı kopyala',
    announce: 'Panoya kopyalandı',
    failed: 'Kopyalanamadı: metin seçili, kopyalamak için Ctrl+C (ya da ⌘C) tuşlarına basın.',
  },
  reveal: {
    exposedLink:
      'Bu bağlantı anahtarı görünür hâlde gönderildi: # işareti %23 olarak değiştirilmişti (çoğu zaman bir e-posta filtresi yapar), bu yüzden anahtar sunucudan ve yol üzerinde adresleri kaydeden her şeyden geçti. Gönderenden bu sırrı açığa çıkmış saymasını, içindeki parolayı veya anahtarı değiştirmesini ve bir dahaki sefere bağlantıyı bir sohbette ya da iletide düz metin olarak göndermesini isteyin.',
    checking: 'Bağlantı denetleniyor…',
    title: 'Sizi bekleyen bir sır var',
    viewOnce: 'Bir kez görüntülenebilir. Açmak onu yok eder.',
    viewMany: 'Toplam {times} görüntülenebilir. Son açılış onu yok eder.',
    expires: '{date} tarihine kadar kullanılabilir ({relative}).',
    nothingYet: 'Düğmeye basana kadar hiçbir şey açılmaz.',
    passphrase: 'Parola öbeği',
    passphraseHint: 'Gönderen kişi bunu size ayrıca vermiş olmalı.',
    passphraseMissing: 'Önce parola öbeğini girin.',
    wrongPassphrase: 'Yanlış parola öbeği. Sır yok edilmeden önce {attempts}.',
    submit: 'Sırrı göster',
    decrypting: 'Şifre çözülüyor…',
    stretching: 'Parola öbeği denetleniyor (Argon2), bu biraz sürer…',
    revealedTitle: 'Sırrınız',
    announce: 'Sır gösterildi',
    textLabel: 'Sır metni',
    destroyed: 'Sunucudan silindi ve bu bağlantı artık çalışmıyor. Gerekiyorsa şimdi kopyalayın.',
    viewsLeft: 'Bu bağlantı {times} daha açılabilir, sonra silinir.',
    clipboardWarning: 'Pano geçmişiniz ya da bulut pano eşitlemesi kopyalanan metni saklayabilir.',
    filesLabel: 'Dosyalar',
    saveFile: 'Kaydet: {name} ({size})',
    filesNote: 'Dosyalar burada asla açılmaz: kaydedin ve açmadan önce denetleyin.',
  },
  receipt: {
    exposedLink:
      'Bu makbuz bağlantısı belirteci görünür hâlde gönderildi: # işareti %23 olarak değiştirilmişti, bu yüzden belirteç sunucudan ve yol üzerinde adresleri kaydeden her şeyden geçti. Onu gören herkes bu sırrı denetleyebilir veya yok edebilir; paylaşım bağlantısı da aynı yoldan geçmiş olabilir: sırrı şimdi yok edin ve yeniden paylaşın.',
    checking: 'Sır denetleniyor…',
    active: 'Henüz açılmadı',
    partly: 'Açıldı, hâlâ kullanılabilir',
    viewed: 'Açıldı',
    expired: 'Süresi doldu',
    burned: 'Sizin tarafınızdan yok edildi',
    burnedFailures: 'Çok fazla yanlış parola öbeğinden sonra yok edildi',
    activeNone: 'Sırrı henüz kimse açmadı.',
    activeSome: {
      one: 'Şimdiye kadar izin verilen {max} açılıştan {count} kez açıldı.',
      other: 'Şimdiye kadar izin verilen {max} açılıştan {count} kez açıldı.',
    },
    viewedAt: '{date} tarihinde açıldı. Artık silindi.',
    viewedNoTime: 'Açıldı ve artık silindi.',
    expiredDetail: 'Süresi dolmadan kimse açmadı. Artık silindi.',
    burnedDetail: 'Artık kimse açamaz.',
    failuresDetail: 'Birisi {passphrases} girdi, bu yüzden sır korunmak için yok edildi.',
    created: 'Oluşturulma',
    expires: 'Bitiş',
    expiredAt: 'Süresi doldu',
    failures: 'Yanlış parola öbekleri',
    when: '{date} ({relative})',
    refresh: 'Yenile',
    refreshed: 'Durum güncellendi',
    burn: 'Şimdi yok et',
    burnConfirm: 'Sır şimdi yok edilsin mi? Bağlantı herkes için çalışmaz olur.',
    burnYes: 'Evet, yok et',
    burnNo: 'İptal',
    burnedAnnounce: 'Sır yok edildi',
  },
  split: {
    option: 'Birkaç kişi arasında böl',
    optionHint:
      'Tek bir bağlantı yerine her kişiye bir bağlantı. Sır, ancak yeterli sayıda kişi bağlantılarını aynı tarayıcıda bir araya getirdiğinde açılır; daha azı hiçbir şey göstermez.',
    needed: 'Açmak için gereken bağlantı sayısı',
    total: 'Kişiler (toplam bağlantı)',
    createdTitle: 'Bölünmüş bağlantılarınız hazır',
    createdLead:
      'Her bağlantıyı farklı bir kişiye verin. Bu {total} bağlantıdan herhangi {needed} tanesi birlikte sırrı açar; daha azı hiçbir şey göstermez. Hiçbir bağlantı tek başına anahtarın tamamı değildir.',
    createdAnnounce: 'Bölünmüş bağlantılar oluşturuldu',
    linkLabel: 'Bağlantı {index} / {total}',
    copyLink: '{index}. bağlantıyı kopyala',
    qrLabel: '{index}. bağlantının QR kodu',
    title: 'Bölünmüş bir sırrın parçası',
    lead: 'Bu sır birkaç kişi arasında bölündü: açmak için bağlantılarından {needed} tanesi gerekiyor. Diğer bağlantıları buraya, bu tarayıcıya yapıştırın. Yeterli sayıda bağlantı olana ve düğmeye basana kadar hiçbir yere bir şey gönderilmez.',
    present: '{needed} parçadan {present} tanesi mevcut.',
    missing: {
      one: '{count} bağlantı daha gerekiyor.',
      other: '{count} bağlantı daha gerekiyor.',
    },
    shareItem: 'Parça {index} / {total}',
    sharesLabel: 'Bu tarayıcıdaki parçalar',
    pasteLabel: 'Başka bir parça bağlantısı',
    pasteHint:
      'Bu sırra ait bir veya daha fazla bağlantıyı boşluk ya da satır sonuyla ayırarak yapıştırın.',
    add: 'Bağlantıyı ekle',
    added: 'Eklendi. {needed} parçadan {present} tanesi mevcut.',
    empty: 'Önce bir parça bağlantısı yapıştırın.',
    combining: 'Parçalar birleştiriliyor…',
    badShare:
      'Bu, bölünmüş bir sırrın parça bağlantısı değil ya da bir kısmı eksik. Bağlantının tamamını yeniden kopyalayın. Hiçbir şey harcanmadı.',
    mismatch:
      'Bu bağlantı başka bir sırrın (veya bu sırrın başka bir bölünmesinin) parçası, bu yüzden bunu açmaya yardımcı olamaz. Hiçbir şey harcanmadı.',
    duplicate: 'Bu parça zaten burada: başka birinin bağlantısı gerekiyor.',
    corrupted:
      'Bu parçalar birbirine uymuyor: biri değiştirilmiş. Hiçbir şey harcanmadı; sahibinden bağlantıyı yeniden kopyalamasını isteyin.',
  },
  about: {
    fingerprintTitle: 'Bu sayfayı doğrulayın',
    fingerprintText:
      'Bu sunucu, bu sayfanın her dosyasının SHA-256 değerini bir manifestte yayımlar. Parmak izi aşağıda: güvendiğiniz sürüm için yayımlananla karşılaştırın ya da bu adresle “hushlink verify” çalıştırın; sayfanın yüklediği her dosyayı denetler.',
    fingerprintLabel: 'Sayfanın derleme manifestinin parmak izi',
    fingerprintCopy: 'Parmak izini kopyala',
    fingerprintLoading: 'Manifest okunuyor…',
    fingerprintMissing:
      'Bu sunucu derleme manifesti yayımlamıyor, bu yüzden bu sayfa doğrulanamaz.',
    title: 'Hushlink nasıl çalışır',
    lead: 'Hushlink bir sırrı sizden bir kişiye iletir ve sonra unutur. İşte olanlar ve biz dâhil kimsenin onu neden okuyamadığı.',
    howTitle: 'Sırrınıza ne olur',
    how1: 'Bu sayfa rastgele bir anahtar üretir ve sırrınızı onunla tarayıcınızda şifreler (libsodium, XChaCha20-Poly1305).',
    how2: 'Sunucuya yalnızca şifreli veri gider. Anahtar, bağlantının # işaretinden sonraki kısmında taşınır; tarayıcılar bu kısmı hiçbir sunucuya göndermez.',
    how3: 'Alıcı düğmeye bastığında tarayıcısı şifreli veriyi bir kez alır ve şifresini çözer. Sunucu, izin verilen son açılıştan sonra ya da süre dolduğunda veriyi siler.',
    how4: 'Parola öbeği tarayıcıda Argon2id ile güçlendirilir ve anahtara katılır. Sunucu yalnızca bir denetim değeri tutar ve birkaç yanlış denemeden sonra sırrı yok eder.',
    trustTitle: 'Neden güvenebilirsiniz',
    trust1:
      'Sunucu şifreli metin, boyut ve zaman saklar: metninizi, anahtarınızı ya da parola öbeğinizi asla.',
    trust2:
      'Sayfa başka sitelerden hiçbir şey yüklemez, çerez kullanmaz ve analitik içermez. Güvenlik politikası her girişimi engeller.',
    trust3: 'Her betik çalışmadan önce kendi özetine (Subresource Integrity) göre denetlenir.',
    trust4:
      'Bir bağlantıyı açmak yalnızca bir sırrın beklediğini gösterir: bağlantı önizlemeleri ve tarayıcılar onu tüketmez.',
    limitsTitle: 'Neye karşı koruyamaz',
    limits1:
      'Bağlantıyı önce ele geçiren onu açabilir. Bunu fark edersiniz: makbuz açıldığını gösterir ve alıcınız sırrı bulamaz. Başka yoldan gönderilen bir parola öbeği bu açığı kapatır.',
    limits2:
      'Ele geçirilmiş bir cihaz, tarayıcı eklentisi ya da ekran kaydı sizin gördüğünüzü görür.',
    limits3:
      'Kendisi ele geçirilmiş bir sunucu değiştirilmiş bir sayfa gönderebilir. Komut satırı istemcisi sayfaya hiç güvenmek zorunda kalmaz.',
    start: 'Bir sır paylaşın',
  },
  apiKey: {
    rememberFor: '7 gün sonra unutulur.',
    checking: 'API anahtarı denetleniyor…',
    adminRefused:
      'Bu bir yönetici anahtarı. Bu sayfa onu reddeder: tarayıcıda, tüm sırların kayıtlarını okuyup yok edebilen bir anahtar fazla açıktadır. Oluşturma yetkisi olan bir anahtar kullanın.',
    label: 'API anahtarı',
    hint: 'Bu sunucu yalnızca üyeleri için sır oluşturur. Bir bağlantıyı açmak için anahtar hiç gerekmez.',
    remember: 'Bu cihazda hatırla',
    missing: 'Önce API anahtarınızı girin.',
    malformed: 'Bu bir API anahtarı değil: anahtar hlk_ ile başlar ve 47 karakter uzunluğundadır.',
  },
  problem: {
    goneTitle: 'Bu sır kullanılamıyor',
    goneBody:
      'Hiç var olmadı, süresi doldu ya da zaten açıldı. Buradaki sırlar yalnızca sınırlı sayıda okunabilir. Gönderenden yeni bir sır paylaşmasını isteyin.',
    burnedFailuresTitle: 'Bu sır yok edildi',
    burnedFailuresBody:
      'Çok fazla yanlış parola öbeği girildi, bu yüzden korunmak için yok edildi. Gönderenden yeni bir sır paylaşmasını isteyin.',
    shownTitle: 'Bu sır artık gösterilmiyor',
    shownBody: 'Güvenliğiniz için sayfa, siz ayrıldığınızda sırrı unuttu. Yeniden gösterilemez.',
    corruptedTitle: 'Bu bağlantı bozuk',
    corruptedBody:
      'Bağlantının bir kısmı eksik ya da değiştirilmiş, bu yüzden hiçbir şey açamaz. # işaretinden sonraki her şey dâhil bağlantının tamamını yeniden kopyalayın. Bu sayfayı yeniden yüklediyseniz anahtar adres çubuğundan zaten kaldırıldı: özgün bağlantıyı yeniden açın. Hiçbir şey harcanmadı.',
    receiptCorruptedTitle: 'Bu makbuz bağlantısı bozuk',
    receiptCorruptedBody:
      'Bağlantının bir kısmı eksik ya da değiştirilmiş. # işaretinden sonraki her şey dâhil makbuz bağlantısının tamamını yeniden kopyalayın.',
    receiptGoneTitle: 'Bu makbuz kullanılamıyor',
    receiptGoneBody:
      'Makbuz bağlantısı yanlış ya da sırrın süresi o kadar uzun zaman önce doldu ki makbuzu da silindi.',
    decryptTitle: 'Bu sırrın şifresi çözülemedi',
    decryptBody:
      'Veri bağlantıyla eşleşmedi: bağlantı ya da saklanan veri değiştirilmiş. Okunabilir hiçbir şey gösterilmedi ve hiçbir dosya sunulmadı.',
    unsafeTitle: 'Bu sır güvensiz ayarlar kullanıyor',
    unsafeBody:
      'Parola öbeği ayarları güvenli aralığın dışında, bu yüzden bu sayfa onu işlemeyi reddetti.',
    offlineTitle: 'Sunucuya ulaşılamıyor',
    offlineBody:
      'Bağlantınızı denetleyip yeniden deneyin. Hiçbir şey gönderilmedi ya da harcanmadı.',
    pageFailedTitle: 'Bu sayfada bir şeyler ters gitti',
    pageFailedBody: 'Sayfayı yeniden yükleyip tekrar deneyin.',
    rateLimitedWait: 'Lütfen {relative} yeniden deneyin. Hiçbir şey harcanmadı.',
    notFoundTitle: 'Sayfa bulunamadı',
    notFoundBody: 'Bu adreste hiçbir şey yok.',
    cancelledTitle: 'Açma işlemi iptal edildi',
    cancelledBody:
      'Hiçbir şey kaydedilmedi. İndirme başlamışsa bu açılış kullanılmış sayılır: “Yeniden dene” sırrın hâlâ açılıp açılamayacağını gösterir.',
    retry: 'Yeniden dene',
    home: 'Yeni bir sır paylaşın',
    api: {
      bad_request: {
        title: 'İstek kabul edilmedi',
        body: 'Sunucu isteği anlayamadı.',
      },
      invalid_envelope: {
        title: 'Şifreli veri reddedildi',
        body: 'Sunucu şifreli sırrı kabul etmedi. Sayfayı yeniden yükleyip tekrar deneyin.',
      },
      payload_too_large: {
        title: 'Sır çok büyük',
        body: 'Bu sunucunun boyut sınırını aşıyor.',
      },
      unsupported_media_type: {
        title: 'İstek kabul edilmedi',
        body: 'Sunucu biçimini reddetti.',
      },
      headers_too_large: {
        title: 'İstek kabul edilmedi',
        body: 'Üst bilgileri çok büyüktü.',
      },
      not_found: { title: 'Bulunamadı', body: 'Sunucuda bu adreste hiçbir şey yok.' },
      method_not_allowed: {
        title: 'İstek kabul edilmedi',
        body: 'Sunucu buna izin vermiyor.',
      },
      not_acceptable: {
        title: 'İstek kabul edilmedi',
        body: 'Sunucu bu sayfanın okuyabileceği bir biçimde yanıt veremiyor.',
      },
      upload_offset_mismatch: {
        title: 'Yükleme yarıda kesildi',
        body: 'Sunucu ile bu sayfa ne kadarının gönderildiği konusunda anlaşamıyor. Lütfen yeniden deneyin.',
      },
      id_taken: {
        title: 'Lütfen yeniden deneyin',
        body: 'Sır oluşturulurken nadir bir çakışma oldu. Yeniden oluşturmak işe yarayacaktır.',
      },
      not_live: {
        title: 'Bu sır artık etkin değil',
        body: 'Açıldı, yok edildi ya da süresi doldu.',
      },
      idempotency_key_reused: {
        title: 'İstek kabul edilmedi',
        body: 'Yinelenen bir istek özgün istekle eşleşmedi. Lütfen yeniden deneyin.',
      },
      unauthorized: {
        title: 'Bir API anahtarı gerekiyor',
        body: 'Bu sunucu yalnızca üyeleri için sır oluşturur. API anahtarınızı denetleyip yeniden deneyin; bağlantıları açmak için anahtar gerekmez.',
      },
      insufficient_scope: {
        title: 'Bu API anahtarının buna izni yok',
        body: 'Bu hizmeti yönetenlerden sır oluşturabilen bir anahtar isteyin.',
      },
      wrong_passphrase: { title: 'Yanlış parola öbeği', body: 'Parola öbeği eşleşmedi.' },
      forbidden: { title: 'Bu isteğe izin verilmiyor', body: 'Sunucu isteği reddetti.' },
      rate_limited: {
        title: 'Çok fazla istek',
        body: 'Lütfen bir dakika bekleyip yeniden deneyin. Hiçbir şey harcanmadı.',
      },
      unavailable: {
        title: 'Hizmet kullanılamıyor',
        body: 'Sunucu şu anda sır saklayamıyor ya da okuyamıyor. Lütfen birazdan yeniden deneyin.',
      },
      internal: {
        title: 'Sunucuda bir şeyler ters gitti',
        body: 'Lütfen yeniden deneyin. Sürekli oluyorsa bu hizmeti yönetenlere bildirin.',
      },
      unexpected_response: {
        title: 'Sunucu beklenmedik bir yanıt verdi',
        body: 'Araya bir vekil sunucu ya da hatalı bir yapılandırma girmiş olabilir. Lütfen daha sonra yeniden deneyin.',
      },
    },
  },
}

export default tr
