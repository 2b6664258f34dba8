/// The roots the stemmer accepts as results: common Indonesian root words of news text,
/// written for this project (not taken from any published stemmer dictionary).
///
/// A word listed here is never stripped further, so derived forms are left out on
/// purpose ("pemerintah" is reached through "perintah"), and so are rare homographs that
/// would capture common derived words ("upas" would turn "mengupas" into "upas" rather
/// than "kupas").
enum RootWords {
    /// The roots, separated by spaces and newlines; `#` starts a comment.
    static let text = """
    # a (191)
    abad abadi abai abang abdi abu acak acara acu acuh ada adab adang adaptasi adat adik adil adon adopsi adu aduk
    advokasi agak agama agar agen agenda agih agresi agung ahad ahli aib air ajak ajal ajar aju ajuk akal akan akar
    akhir akibat akomodasi akrab akreditasi aksara akses aksi akta aktif aktivitas aktor aktual aku akuisisi akun
    akurat alam alamat alami alas alat album alergi algoritma aliansi alih alir alis alkohol alokasi alot alun alur
    amal aman amanah amanat amandemen amat ambah ambang ambek ambil ambisi ambruk ambulans amin ampas amplop ampuh
    ampun amuk anak analisa analisis ancam ancang andai andal andil aneh aneka anggap anggar anggaran anggota
    angguk anggun anggur angin angka angkara angkasa angkat angker angkut aniaya anjing anjlok anjur antar antara
    antik antisipasi antre antusias anugerah anut anyam apa apel api apik apit apresiasi april apung arab arah arak
    arang arbitrase arena argumen arif arsip arsitek arti artikel artis arung arus asah asal asap asas asih asing
    asli asma aspek aspirasi asrama astaga astronomi asuh asumsi asuransi atap atas atlet atraksi atribut atur audit
    awak awal awan awas awet ayah ayak ayat ayo ayun azan azas
    # b (266)
    babak babat babi baca badai badan bagai bagi bahagia bahan bahari bahas bahasa bahaya bahu baik bait baja bajak
    baju bakal bakar bakat bakau bakso bakteri bakti balai balap balas balik balita balok balon bambu ban banci
    bandar bandara bandel banding bandit bandung bangga bangkai bangkit bangkrut bangku bangsa bangsal bangun banjir
    bank bantah bantai bantal banting bantu banyak bapak baptis bara barang barat baris barter baru basa basah basis
    basmi bata batal batang batas batik batin batu batuk bau baur bawa bawah bawang bawel baya bayam bayang bayar
    bayi bazar bea beban bebas bebat bebek beber beda bedah bedak begal bekal bekas beku bela belah belai belakang
    belanda belanja belas beleid belenggu beli belit belok belot belum benah benam benar bencana benci benda
    bendahara bendera bendung bengis bengkak bengkel benih bening bensin bentang benteng bentrok bentuk bentur benua
    berantas berapa beras berat beri beringin berita berkah berkas berkat berontak bersih besan besar besi besok
    besut betah betina betul biak biar biasa biaya bibi bibir bibit bicara bidang bidik bijak bijaksana biji bikin
    bila bilang bilas bimbang bimbel bimbing bina binasa binatang bincang bingkai bingung bintang bioskop bir
    birokrasi biru bisa bisik bising bisnis bius blokir bobol bobot bocah bocor bodi bodoh bohlam bohong bola bolak
    boleh bolong bom boneka bongkar bonus bor borgol borong boros bos bosan botak botol boyong brankas buah bual
    buang buat budak budaya budi budidaya bugar bujuk buka bukan bukit bukti buku bulan bulat bulir bulu buluh bumbu
    bumi buncah buncit bunda bundar bunga bungkam bungkus buntu bunuh bunyi bupati buram buron buru buruh buruk bus
    busana busuk buta butir butuh
    # c (110)
    cabai cabang cabik cabut cacat cadang cagar cahaya cair cakap cakra cakrawala cakup calo calon camat campak
    campur canda candi candu canggih cangkok cantik cantum cap capai capek caplok capres cara cari cat catat catur
    cawan cecar cedera cegah cek cekal cekcok cekik cela celah celaka celana celup cemar cemarah cemas cemerlang
    cemooh cengkeram cepat cepit cerah cerai cerca cerdas cerdik ceria cerita cermat cermin cerna cetak cetus cicil
    cicip cikal cinta cipta ciri cita cium ciut coba cocok cokelat colek colok comot contoh copet copot cor corak
    coret cuaca cuat cubit cuci cucu cuek cuit cukai cukup cukur cula culik cuma cumbu curah curam curang curhat
    curi curiga cuti
    # d (148)
    dabrak dada dadak daerah daftar dagang daging dahaga dahsyat dahulu daki dakwa dakwah dalam dalang dalih damai
    damba dampak damping dana danau dandan dangkal dapat dapur darah darat dari darma darurat dasar dasawarsa data
    datang datar daulat daun daur daya debar debat debit debu dedikasi definisi defisit dekam dekat deklarasi dekor
    delapan delegasi delik demam demi demo demokrasi denah denda dendam dengar dengki dengung densus depan deposito
    derajat derap deras deret derita desa desah desain desak desas desember desi destinasi detail deteksi detik
    devisa dewan dewasa diagnosa diagnosis dialog diam didih didik digital diktator dikte dinamika dinas dinasti
    dinding dingin diplomasi diplomat direksi direktur dirgahayu diri disiplin diskon diskualifikasi diskusi
    disrupsi distribusi divisi doa dobrak dodol dok dokter dokumen dokumentasi domba dominan dominasi dompet dongeng
    dongkrak donor dorong dosa dosen drama dramatis dua duduk duel duga duka dukun dukung dulang dulu dunia duplikat
    durasi duri dusta dusun duta
    # e (66)
    edar edisi edukasi efek efektif efisien eja ejek ekonomi ekor ekosistem eksekusi eksekutif eksistensi eksklusif
    ekspansi ekspedisi eksperimen eksploitasi eksplorasi ekspor ekspresi ekstradisi ekstrem elak elektabilitas
    elektronik elemen eliminasi elit email emas emban embargo embat embun embus emisi emosi empat empati empuk enak
    enam energi enggan engkau entah entas enyah epidemi era erang erat erosi erti esa eskalasi esok estafet etalase
    etika etnis evakuasi evaluasi evolusi
    # f (46)
    faedah fajar fakta faktor fakultas fana fantasi fase fasih fasilitas fasis fatal fatwa favorit februari federasi
    fenomena festival figur fikir fiksi film filsafat filter final finansial finis firman fisik fitnah fitur
    fleksibel fluktuasi fokus formal formasi format formula forum fosil foto fraksi frekuensi frustrasi fungsi fusi
    # g (145)
    gabah gabung gada gadai gading gadis gaduh gaet gagah gagal gagap gagas gairah gajah gaji galak galang gali
    gamang gambar gampang ganas ganda gandeng gandrung ganggu ganjal ganjar ganti gantung ganyang gapai garam garang
    garansi garap garis garong garuda garuk gas gatal gaul gaung gawai gawang gawat gaya gebrak gedung gegar gejala
    gejolak gelak gelandang gelang gelap gelar gelas geledah gelembung gelimang gelincir gelinding gelombang gelora
    gema gemar gembira gembleng gembok gempa gempar gempur gemuk genang gencar gencat gencet gendang gendong
    generasi genggam gengsi genjot gentar genting gerah gerai gerak gerebek gereja gerilya gersang gertak gesa gesek
    geser getar getir giat gigi gigih gigit gila gilang gilas gilir gimnasium ginjal gizi global goda gol golf
    golong goreng gores gosip gosok gotong goyang grafik gram granat gratis gubernur gudang gugah gugat gugup gugur
    gula gulat guling gulir gulung gumam guna guncang gunting gunung guru gusur guyur
    # h (96)
    habis hablur hadang hadap hadas hadiah hadir hafal hajar hajat hak hakiki hakim hal halal halaman halang halau
    halo halus hamba hambar hambat hamil hampar hampir hancur hangat hangus hantam hantar hantu hanya hanyut hapus
    harap harga hari harimau harmoni harta harus hasil hasrat hasut hati haus hawa hebat heboh hektare hela hemat
    hembus hendak henti heran herbal hewan hias hibah hibur hidang hidup hijau hijrah hikmah hilang hilir himbau
    himpun hina hindar hingga hinggap hiruk hirup hisap histori hitam hitung hobi hormat hormon hotel hubung hujan
    hujat hukum hulu humor huni hunus huru hutan hutang
    # i (105)
    ia iba ibadah ibarat ibu idam idap ide ideal identifikasi identitas idola igau ikan ikat ikhlas ikhtiar iklan
    iklim ikut ilham ilmiah ilmu ilustrasi imajinasi imam iman imbal imbang imbas imbau imbuh imigrasi imlek impas
    impi implementasi impor imun inap incar indah indeks indikasi indikator individu induk industri infak infeksi
    inflasi informasi infrastruktur ingar ingat ingin ingkar ini inisial inisiatif injak inovasi insiden insinyur
    inspeksi inspirasi instansi institusi instruksi intai integrasi intelijen intens intensif interaksi
    internasional internet interogasi interpelasi interpretasi intervensi inti intim intimidasi intip investasi
    investigasi irigasi iring iris ironi isap isi islam isolasi istana istilah istimewa istiqamah istirahat istri
    isu itik iur izin
    # j (105)
    jabar jabat jadi jadwal jaga jagat jagung jahat jahit jajah jajak jajal jajar jaksa jala jalan jalar jalin jalur
    jam jamah jamak jamban jambret jamin jamu janda janggal jangka jangkau jangkit janji jantung januari jarah jarak
    jarang jari jaring jarum jasa jatah jatuh jauh jawab jawara jaya jebak jebol jeda jegal jejak jelajah jelang
    jelas jelek jeli jemaah jembatan jemput jemur jenaka jenazah jendela jenderal jengkel jenguk jenis jenuh jepit
    jera jerat jerih jernih jeruk jilid jinak jingga jiplak jitu jiwa jodoh joget jongkok jorok jual juang juara
    jubah judi judul jujur juli juluk jumawa jumlah jumpa juni jurang juri jurnal jurnalis jurus justru juta
    # k (330)
    kabar kabel kabinet kabul kabupaten kabur kabut kaca kacau kadal kadaluwarsa kadar kader kado kafe kafir kaget
    kagok kagum kaidah kail kain kait kaji kakak kakek kaki kaku kala kalah kalang kalau kalbu kalender kali kalian
    kalimat kalkulasi kamar kambing kambuh kamera kami kampanye kampiun kampung kampus kamu kamuflase kanal kanan
    kancah kandang kandas kandidat kandung kangen kantong kantor kantuk kapal kapan kapasitas kapok kapten karakter
    karang karantina karat karbon karcis kardus karena karier karikatur karir karung karut karya kasar kasat kasih
    kasir kasta kasus kata katak katalog kategori katrol kaum kawal kawan kawasan kawat kawin kaya kayu kayuh kebal
    kebun kebut kecam kecap kecewa kecil kecoh kecuali kecup kedai kedip kejam kejar keji keju kejut kekang kelabu
    kelahi kelakar kelam kelas kelik keliling keliru kelit kelola kelompok keluarga keluh kemah kemas kembali
    kembang kembar kemeja kemudi kemudian kena kenal kenang kendala kendali kendara kendur kental kentang kenyang
    kepak kepala kepit keponakan kepul kepung kerabat kerah keramat kerap keras keren kereta kerikil kering keringat
    keris kerja kerok kertas kerubung keruh kerumun kesal kesan ketam ketat ketik ketuk khas khawatir khayal khianat
    khidmat khilaf khotbah khusus khusyuk kibar kibul kicau kikis kilah kilang kilas kilat kilau kilo kimia kini
    kipas kira kiri kirim kisah kisar kisruh kita kitab klaim klarifikasi klasemen klasifikasi klasik klik klinik
    klinis klub koalisi kode kokoh kolaborasi koleksi kolom koma komandan kombinasi komentar komersial komisi
    komitmen komoditas kompak kompas kompensasi kompetisi komplain kompleks komplit komponen kompromi komunikasi
    komunitas kondisi konferensi konfirmasi konflik konglomerasi kongres konsekuensi konsentrasi konsep konser
    konservasi konsisten konsolidasi konspirasi konstitusi konsultasi konsumen konsumsi kontak kontaminasi konteks
    konten kontes kontestasi kontingen kontra kontrak kontribusi kontrol kontroversi konvensi konversi koordinasi
    kopdar kopi korban korek koreksi korelasi koridor korupsi kosmetik kosong kostum kota kotor krama kredit
    kriminal krisis kriteria kritik kritis kualitas kuantitas kuasa kuat kubu kubur kucing kucur kuda kukuh kukus
    kuliah kuliner kulit kultur kumandang kumat kumpul kumuh kunci kuning kunjung kunyah kuota kupas kupon kurang
    kurban kurir kursi kursus kurung kurva kusut kutip kutuk
    # l (183)
    laba labuh lacak ladang laga lagi lagu lahan lahap lahir laik lain lajang laju laki lakon laksana laku lalai
    lalap lalu lama lamar lambai lamban lambang lambat lambung lampau lampir lampu lamun lancar lancip landa landai
    landas langgan langgar langit langka langkah langsing langsung lanjut lantai lantas lantik lantun lap lapang
    lapar lapis lapor lapuk larang lari laris laskar lasuh latah latar latih lauk laut lawak lawan lawat layak layan
    layang layat lazim lebam lebar lebih lebur leceh ledak ledek legal legenda legislasi legit leher lekas lelah
    lelang leluasa lemah lemas lembaga lembur lembut lempar lempeng lengah lengang lengkap lengket lengser lenyap
    lepas lepuh lerai lesat lestari lesu leta letak letih letus lewat lezat liar libas libat libur licik lidah lift
    lihat lilin lilit lima limpah lincah lindas lindung lingkar lingkung lingkup linglung lintah lintas lipat lipur
    liput lirik lisan listrik liter lobi logam logika lokakarya lokal lokasi lolos lomba lompat longgar longsor
    lontar loyal luang luap luar luas lubang lucu lucut luhur luka lukis lulus lumat lumayan lumbung lumpuh lumpur
    lunak lunas luncur lunglai luntur lupa lurah luruh lurus lusa lusuh lutut
    # m (190)
    maaf mabuk macam macet madu madya mafia magang mahal mahasiswa mahir mahkota main majelis majemuk maju makam
    makan makar maki makin maklum makmur makna maksimal maksud malaikat malam malang malapetaka malas malfungsi
    maling malpraktik malu maluku mamah mampir mampu mana manajemen manajer mancanegara mandat mandek mandi mandiri
    mandul manfaat mangkir mangkrak mangsa manifestasi manipulasi manis mantan mantap manusia mapan marah marak
    marathon maret marga margin martabat masa masak masalah masjid masker massa massal masuk masyarakat mata matang
    materi mati mau maut mawar maya medali medan media mediasi medis megah mei meja mekanisme mekar melati melek
    memori mempelai menang mencret mengapa mentah mental menteri mentor merah merana merdeka merdu merek meriah
    mesin mesra mesti meter metode mewah migrasi mikir milenial miliar milik militer minat minder minggu minim
    minimal minta minum minyak mirip misi miskin mitos mitra mobil mobilisasi modal model moderasi modern modifikasi
    mogok mohon momen momentum monitor monopoli moral motor muat mubazir muda mudah mudarat mudik mufakat muhibah
    mujarab muka mukim muktamar mula mulai mulas mulia multak mulut mumpung munafik muncrat muncul mundur mungkin
    muntah murah murid murka murni murung musibah musik musim musnah musuh musyawarah mutakhir mutasi mutlak mutu
    # n (54)
    nada nadi nafas nafkah nafsu naif naik nakal naluri nama nampak nanah nanti napas narasi nasi nasib nasihat
    nasional naung negara negeri negosiasi nekat nelayan nenek netral nganga ngeri niaga niat nikah nikmat nilai
    ninabobo noda nominal nominasi nomor nonton norma normal nostalgia nuklir nusantara nyala nyaman nyanyi nyaris
    nyata nyawa nyenyak nyeri nyonya
    # o (40)
    obat objek obral obrol observasi obsesi obyek oknum olah olahraga oleh oleng olok ombak ombang omel omong omzet
    ongkang ongkos online operasi operator opini oplos oposisi optimal optimis orang orasi orbit organ organisasi
    orientasi otak otentik otomatis otonomi otopsi otoritas
    # p (290)
    pabrik pacar pacu padam padang padat padu pagar pahala paham pahit pahlawan pajak pajang pak pakai pakar pakem
    paket paksa paku palak palang paling palsu palu paman pamer pamit pampang panah panas pancar panci pancing panco
    pancung pandai pandang pandemi pandu panen panggang panggil panggung pangkal pangkas pangkat pangku panik
    panitia panjang pantai pantang pantas pantau panti pantul papar parah paralel parasit pari paripurna parkir
    partisipasi paru pasal pasang pasar pasien pasif pasok pasrah pasti pasukan pasung patah patok patrol patroli
    patuh patung paut pawai payung pecah pecat pedang pedas pedih pegal pegang pejam peka pekan pekat pekik pel
    pelan pelat peleton pelihara pelik pelopor peluk peluru pemilu pena pencak pendam pendek pengap pengaruh penggal
    penjara pensiun pentas penting pentol penuh penyu perabot perah perahu peram peran perang peras perawan percaya
    perdana perdu pergi peri periksa perinci peringkat perintah perisai perkara perkasa perkosa perlu permai permata
    permisi pernah persen persis personel pertama pertiwi perut pesan pesat pesawat pesimis pesona pesta peta petak
    petaka petang petik petir petuah piala piara piatu picu pidana pidato pihak pijak pijat pikat piket pikir pikul
    pilar pilih pilu pimpin pinang pincang pindah pinggang pinggir pingsan pinjam pinta pintar pintas pintu pisah
    pisau pita pitam planet plot pohon pokok polah polemik polisi politik polusi pompa pondok pongah populasi
    populer porak pori porsi posisi positif posko posting potensi potong potret prakarsa praktik praktis prediksi
    presentasi presiden prestasi prestise pribadi prihatin primadona prinsip prioritas privasi produk produksi
    produktif profesi profesional profil program promosi properti proporsi prosedur proses prospek proteksi protes
    protokol provinsi provokasi proyek psikologi puas publik pucat pudar pugar puji pukul pula pulang pulas pulau
    pulih puluh punah puncak pungkas pungut puntung punya pupuk pupus pura purba puruk pusaka pusar pusat pusing
    putar putih putra putri putus
    # r (145)
    raba rabat racik racun radang radikal ragam ragu rahasia rahim raih raja rajin rajut rakit rakus rakyat ramah
    ramai ramal rambah rambat rambu rambut rampas ramping rampok rampung ranah rancang rancu randa rangka rangkai
    rangkul rangsang ranjang rantai rantau rapat rapi rapuh rasa rata ratap ratus rawan rawat raya rayap rayu razia
    reaksi realisasi reboisasi rebus rebut reda redaksi redam redup reformasi regulasi rehabilitasi rekah rekam
    rekan rekayasa rekomendasi rekor rekrut rela relokasi rem remaja remeh remuk renang rencana rendah renggang
    renovasi rentan rentang renung reparasi repot reputasi resah resap resepsi reses resmi respon respons restu
    retak revisi revolusi riang rias ribu ribut rilis rimba rinci rindu ringan ringkas ringkus rintang rintis riset
    risiko riuh riwayat robek roboh robot roda rogoh rohani rokok rombak rombong rongga rontok rotasi roti royal
    ruang rugi rujuk rumah rumit rumpun rumus runding runtuh runtun rupa rupiah rusak rusuh rutin
    # s (311)
    saat sabar sabet sabot sadap sadar sadis sagu sah sahabat saham sahut saing saja saji sakit sakral saksi saku
    salah salam salin salip salur sama samar sambal sambar sambil sambung sambut sampah sampai sampel samping
    samudra sandang sandar sandera sandiwara sangat sangka sangkal sangkut sanjung santai santap santri santun sapa
    sapih sapu sara saran sarana saring sarung sasar satria satu satwa saudara sawah sayang sayap sayat sayur sebab
    sebar sebelas seberang sebut sedang sedap sedekah sederhana sedia sedih segan segar segel segera sehat sejahtera
    sejarah sejati sejuk sekap sekat sekolah sekretaris sektor sekutu sela selaku selamat selang selatan seleksi
    selenggara selesai seleweng selidik selimut selip selisih seloroh semai semangat semarak sembah sembelih
    sembilan sembuh sembunyi seminar sempat sempit semprot sempurna semua senang senat sendat sendi sendiri sengaja
    sengat senggol sengketa sengsara seni senin senjata sensasi sensus sentil sentral sentuh senyum seolah sepah
    sepak sepakat sepakbola sepeda sepele sepi sepuluh serah serak serakah serang serap serba serbu serempak
    serentak seret sergap seri serial serikat sering serius sero serobot serta seru sesak sesal sesat sesuai setia
    setor sewa sewenang siaga sial siang siap siapa siar sibuk sidang sidik sifat sigap sihir sikap sikat siksa
    sikut silam silang silau simak simbol simpan simpang simpati simpul simulasi sinar sinergi singgah singgung
    singkap singkat singkir sinis sinyal siram sirkulasi sirna sisa sisi sisih sisir sistem sita situs siuman skala
    skandal skema sketsa skor soal sobek sodor sogok sokong solidaritas solusi sombong songsong sopan sorak sorong
    sorot sosial sosialisasi sosok spanduk spekulasi spesial sponsor spontan stabil stagnan standar stasiun status
    stigma stimulus stok strategi strategis struktur studi suami suap suara suasana subsidi subur sudah sudut
    sugesti suguh sujud suka sukar sukses suku sulam sulap sulit sulut sumbang sumbat sumber sumbu sumpah sundul
    sungai sungguh sungkan suntik sunting sunyi supir surat surga suruh surut survei susah susu susul susun susur
    sutra sutradara swasta syahid syair syarat syiar syukur
    # t (261)
    taat tabah tabiat tabir tabrak tabung tabur tadah tafsir tagar tagih tahan tahap tahu tahun tajam tajuk takar
    takdir takjub takluk taksir takut talang tali tamak taman tamat tambah tambal tambang tambat tampak tampar
    tampik tampil tampung tanah tanak tanam tancap tanda tandas tandatangan tanding tandus tangan tangga tanggal
    tanggap tangguh tanggulang tanggung tangis tangkal tangkap tangkis tani tanjak tanjung tanpa tantang tanya tapak
    tapis taraf tarbiah target tari tarif tarik taruh taruna tarung tata taut tawa tawan tawar tayang tebak tebal
    tebang tebar tebus teduh tegak tegang tegas teguh tegur teh tekad tekan teknik teknologi tekuk tekun telaah
    teladan telan telanjang telantar telat tele telepon telisik teliti teluk telunjuk telusur teman tembak tembok
    tembus tempa tempat tempel tempuh tempur temu tenaga tenang tenar tenda tendang tengah tenggak tenggang tenggara
    tenggelam tengok tenis tentang tentara tentram tentu tepat tepi tepis terampil terang terap terapi teras terbang
    terbit teriak terima terjang terjemah terka terkam ternak terobos teropong teror terpa tertib terus tes tetangga
    tetap tetas tetes tewas tiada tiba tidak tidur tiga tik tikam tiket tikung tilang tim timba timbang timbul
    timbun timpa timur tindak tindas tindih tinggal tinggi tingkat tinjau tinju tipis tipu tiru titik titip tiup
    toko tokoh tolak toleransi tolok tolong tombak tonjol tonton topang topi toreh total tradisi tradisional
    transaksi transfer transportasi trauma tren triliun truk tua tuai tuan tuang tubuh tuding tuduh tugas tuju tujuh
    tukang tukar tular tulis tulus tumbang tumbuh tumbuk tumpah tumpang tumpas tumpuk tunai tunda tunduk tungau
    tunggak tunggal tunggang tunggu tunjang tunjuk tuntas tuntun tuntut tupai turis turun turut tusuk tutup tutur
    # u (59)
    uang ubah ubun ucap udang udara ujar uji ujung ukir ukur ulah ulang ulas ulat ulur umat umbar umpan umpat umum
    umur undang unduh undur unggah unggul ungkap ungkit ungsi unik universitas unjuk untai untung unyil upacara upah
    upaya urai urat urus urut usaha usai usang usap usia usik usir usul usung usut utama utang utara utas utuh utus
    # v (14)
    vaksin valid valuta variabel variasi versi video vila visi vital vokal voli volume vonis
    # w (36)
    wabah wacana wadah wafat wajah wajar wajib wakil waktu walau walet wali wangi wanita wara warga waris warna
    warta warung wasiat wasit waspada waswas watak wawancara wawas wayang wenang wibawa widuri wilayah wiraswasta
    wisata wisuda wujud
    # y (4)
    yakin yatim yayasan yoga
    # z (8)
    zakat zalim zaman zat ziarah zikir zina zona
    """
}
