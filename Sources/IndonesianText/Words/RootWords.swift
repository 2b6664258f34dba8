/// The roots the stemmer accepts as results: common Indonesian root words of news text,
/// written for this project (not taken from any published stemmer dictionary).
///
/// A word listed here is never stripped further, so derived forms are left out on
/// purpose ("pemerintah" is reached through "perintah"), and so are rare homographs that
/// would capture common derived words ("upas" would turn "mengupas" into "upas" rather
/// than "kupas"). Roots that are seldom derived and would shadow a commoner root after a
/// nasal prefix are left out too ("emas" would read "mengemas" as gold, not "kemas"):
/// leaving a root out costs nothing for the bare word, which is returned unchanged.
enum RootWords {
    /// The roots, separated by spaces and newlines; `#` starts a comment.
    static let text = """
    # a (203)
    abad abadi abai abang abdi abrik abu acak acara acu acuh acung ada adab adaptasi adat adik adil adon adopsi adu
    aduk advokasi adzan agak agama agar agen agenda agih agresi agresif agung ahad ahli air ajaib ajak ajal ajar
    ajek aju ajuk akal akan akar akhir akhlak akibat akomodasi akrab akreditasi aksara akses aksi akta aktif aktivis
    aktivitas aktor aktual aku akuisisi akun akurat alam alamat alami alas alat album alergi algoritma aliansi alih
    alir alis alkohol alokasi alot alun alur amal aman amanah amanat amandemen amat ambang ambek ambil ambisi amblas
    ambruk ambulans amin amplop ampuh ampun ampuni amuk anak analisa analisis ancam ancang andai andal andil aneh
    aneka aneksasi anggap anggar anggaran anggota angguk anggun anggur angin angka angkara angkasa angkat angker
    angkuh angkut aniaya anjak anjing anjlok anjung anjur antar antara antem antik antisipasi antre antusias
    anugerah anut anyam anyar apa apel api apik apit apotek apresiasi april apung arab arah arak arbitrase arena
    argumen arif arsip arsitek arti artikel artis arung arus asah asal asap asas asin asing asli asma aspek aspirasi
    asrama astaga astronomi asuh asumsi asuransi atap atas atlet atraksi atribut atur audisi audit awak awal awan
    awas awet ayah ayak ayat ayo ayun azan azas
    # b (311)
    babak babat babi baca bacok badai badan badut bagai bagi bagus bahagia bahan bahana bahari bahas bahasa bahaya
    bahu baik bait baja bajak bajingan baju bakal bakar bakat bakau bakso bakteri bakti balai balap balas balik
    balita balok balon bambu ban banci bandar bandara bandel banding bandit bandung bangga bangkai bangkang bangkit
    bangkrut bangku bangsa bangsal bangun banjir bank bantah bantai bantal bantar banting bantu banyak bapak baptis
    bara barang barat baris barter baru basa basah basi basis basmi basuh bata batal batang batas batik batin batu
    batuk bau baur bawa bawah bawang bawel baya bayam bayang bayar bayi bazar bea bebal beban bebas bebat bebek
    beber beda bedah bedak bedil begal bejat bekal bekas beku bekuk bela belah belai belakang belanda belanja belas
    beleid belenggu beli belia belit belok belot belukar belum benah benalu benam benar bencana benci benda
    bendahara bendera bendung bengis bengkak bengkel bengkok benih bening benjol bensin bentang benteng bentrok
    bentuk bentur benua berani berantas berapa beras berat berhala beri beringas beringin berita beritahu berkah
    berkas berkat berontak bersih bersin besan besar besek besi besok besut betah betina betis betul biadab biak
    biang biar biasa biaya bibi bibir bibit bicara bidan bidang bidik bijak bijaksana biji bijih bikin bila bilang
    bilas bilik bimbang bimbel bimbing bina binar binasa binatang bincang bingkai bingkis bingung bintang bioskop
    bir birokrasi biru bisa bisik bising bisnis bisu bius blokir blusukan bobol bobot bocah bocor bodi bodoh bohlam
    bohong boikot bola bolak boleh bolong bolos bom bonceng boneka bongkar bonus bor borgol borong boros bos bosan
    botak botol boyong brankas buah bual buang buat budak budaya budi budidaya bugar bugil bujang bujuk buka bukan
    bukit bukti buku bulan bulat bulir bulu buluh bumbu bumbung bumi buncah buncit bunda bundar bunga bungkam
    bungkuk bungkus buntu buntut bunuh bunyi bupati buram buron buru buruh buruk burung bus busana busuk busung buta
    butir butuh butut
    # c (138)
    cabai cabang cabik cabul cabut cacah cacat cadang cadar cagar cahaya cair cakap cakar cakra cakrawala cakup calo
    calon camat campak campur canang canda candi candu canggih cangkok cangkul cantik cantum cap capai capek capit
    caplok capres cara cari cat catat catu catur cawan cebur cecar cedera cegah cek cekal cekam cekcok cekik cela
    celah celaka celana celoteh celup cemar cemarah cemas cemburu cemerlang cemooh cendekia cengang cengkeram cepat
    cepit cepol cerah cerai cerca cerdas cerdik cerewet ceria cerita cermat cermin cerna cetak cetek cetus cicil
    cicip cicit cikal cilik cinta ciprat cipta ciri cita cium ciut coba cocok cokelat colek colok colong comot
    condong congkak contoh copet copot cor corak coret corong cuaca cuat cubit cuci cucu cuek cuit cukai cukong
    cukup cukur cula culas culik cuma cumbu cupet cuplik curah curam curang curhat curi curiga cuti
    # d (176)
    dabrak dada dadak daerah daftar dagang daging dahaga dahan dahsyat dahulu daki dakwa dakwah dalam dalang dalih
    dalil damai damar damba dampak damping dana danau dandan dangkal dansa dapat dapur darah darat dari darma
    darurat dasar dasawarsa data datang datar daulat daun daur daya dayung debar debat debit debu debut dedah
    dedikasi definisi defisit degradasi dekam dekap dekat deklarasi dekor delapan delegasi delik demam demi demo
    demokrasi demonstrasi dempet denah denda dendam dengar dengki dengkur dengung densus depak depan deportasi
    deposito derajat derap deras deret derita derma dermawan desa desah desain desak desas desember desi desing
    destinasi detail detak deteksi detik devisa dewan dewasa diagnosa diagnosis dialog diam didih didik digital
    diktator dikte dinamika dinas dinasti dinding dingin dini diplomasi diplomat direksi direktur dirgahayu diri
    disiplin diskon diskriminasi diskualifikasi diskusi disrupsi distribusi divisi doa dobrak dodol dok dokter
    dokumen dokumentasi domba dominan dominasi dompet dompleng donasi dongeng dongkol dongkrak donor dorong dosa
    dosen drama dramatis dua duda dudu duduk duel duga duka dukun dukung dulang dulu dungu dunia duplikat durasi
    durhaka duri dusta dusun duta duyun
    # e (73)
    edar edisi edukasi efek efektif efisien eja ejek ekonomi ekor ekosistem eksekusi eksekutif eksistensi eksklusif
    ekspansi ekspedisi eksperimen eksploitasi eksplorasi ekspor ekspos ekspresi ekstradisi ekstrem elak
    elektabilitas elektronik elemen eliminasi elit elus email emban embargo embat embun embus emisi emosi empang
    empas empat empati empuk enak enam encer endap energi engah enggan engkau entah entas enteng enyah epidemi era
    erang erat erosi erti esa eskalasi esok estafet etalase etika etnis evakuasi evaluasi evolusi
    # f (49)
    faedah fajar fakta faktor fakultas fana fantasi fase fasih fasilitas fasis fatal fatwa favorit februari federasi
    fenomena festival figur fikir fiksi film filsafat filter final finansial finis firman fisik fitnah fitrah fitur
    fleksibel flu fluktuasi fokus formal formasi format formula forum fosil foto foya fraksi frekuensi frustrasi
    fungsi fusi
    # g (175)
    gabah gabung gada gadai gading gadis gaduh gaet gagah gagal gagap gagas gaib gairah gajah gaji galak galang
    galau gali gamang gambar gampang ganas ganda gandeng gandrung gandum ganggu ganjal ganjar ganjil gantang ganti
    gantung ganyang gapai garam garang garansi garap garing garis garong garuda garuk gas gatal gaul gaung gawai
    gawang gawat gaya gebrak gebuk gedung gegabah gegar gejala gejolak gelak gelandang gelang gelap gelar gelas
    geledah gelembung geli gelimang gelincir gelinding gelisah gelombang gelora gema gemar gemas gembala gembira
    gembleng gembok gemilang gempa gempar gempur gemuk gemuruh genang gencar gencat gencet gendang gendong gendut
    generasi genggam gengsi genjot gentar genting gerah gerai gerak gerebek gereja gerilya gerimis gerombol gersang
    gertak gesa gesek geser getah getar getir giat gigi gigih gigil gigit gila gilang gilas gilir gimnasium ginjal
    girang gizi global goda gol golf golok golong goreng gores gosip gosok gosong gotong goyang grafik gram granat
    gratis gubah gubernur gubuk gudang gugah gugat gugup gugur gula gulai gulat guling gulir gulung gumam gumpal
    guna guncang gundah gunting guntur gunung gurau gurih guru gusur guyur
    # h (105)
    habis hablur hadang hadap hadas hadiah hadir hafal hajar hajat haji hak hakiki hakim hal halal halaman halang
    halau halo halus hamba hambar hambat hambur hamil hampa hampar hampir hancur hangat hangus hantam hantar hantu
    hanya hanyut hapus harap harga hari harimau harmoni harta harum harus hasil hasrat hasut hati haus hawa hebat
    heboh hektare hela hemat hembus hendak hengkang hentak henti heran herba herbal heroik hewan hias hibah hibur
    hidang hidup hijau hijrah hikmah hilang hilir himbau himpun hina hindar hingga hinggap hiruk hirup hisab hisap
    histori hitam hitung hobi hormat hormon hotel hubung hujan hujat hukum hulu humor huni hunus huru hutan hutang
    # i (119)
    ia iba ibadah ibarat ibu idam idap ide ideal identifikasi identitas idola igau ijazah ikan ikat ikhlas ikhtiar
    iklan iklim ikut ikutserta ilham ilmiah ilmu ilustrasi imajinasi imam iman imbal imbang imbas imbau imbuh
    imigrasi iming imlek impas impi impit implementasi impor imun inap incar indah indeks indikasi indikator
    individu indra induk industri infak infeksi infiltrasi inflasi informasi infrastruktur ingar ingat ingin ingkar
    ingus ini inisial inisiatif injak inovasi insaf insiden insinyur inspeksi inspirasi instalasi instansi institusi
    instruksi intai integrasi intelijen intens intensif interaksi internasional internet interogasi interpelasi
    interpretasi intervensi inti intim intimidasi intip investasi investigasi iri irigasi iring iris irit ironi isak
    isap iseng isi islam isolasi istana istilah istimewa istiqamah istirahat istri isu isyarat itik iur izin
    # j (123)
    jabar jabat jadi jadwal jaga jagat jago jagung jahat jahil jahit jajah jajak jajal jajan jajar jaksa jala jalan
    jalar jalin jalur jam jamah jamak jambak jamban jambret jamin jamu jamur janda janggal jangka jangkar jangkau
    jangkit janji jantung januari jarah jarak jarang jari jaring jarum jasa jatah jatuh jauh jawab jawara jaya jebak
    jebol jeda jegal jejak jelajah jelang jelas jelek jeli jemaah jemaat jembatan jemput jemur jenak jenaka jenazah
    jendela jenderal jengkal jengkel jenguk jenis jenjang jenuh jepit jera jerat jerih jerit jernih jeruk jijik
    jilat jilid jinak jingga jinjing jiplak jitu jiwa jodoh joget jongkok jongos joran jorok jual juang juara jubah
    judi judul jujur juli juluk julur jumawa jumlah jumpa juni jurang juri jurnal jurnalis juru jurus justru juta
    # k (379)
    kabar kabel kabinet kabul kabung kabupaten kabur kabut kaca kacang kacau kadal kadaluwarsa kadar kader kado kafe
    kafir kaget kagok kagum kaidah kail kain kais kait kajang kaji kakak kakek kaki kaku kala kalah kalang kalau
    kalbu kalender kali kalian kalimat kalkulasi kalung kamar kambing kambuh kamera kami kampanye kampiun kampung
    kampus kamu kamuflase kanal kanan kancah kandang kandas kandidat kandung kangen kantong kantor kantuk kapal
    kapan kapasitas kapok kapten kapur karakter karam karang karantina karat karbon karcis kardus karena karier
    karikatur karir karung karut karya kasak kasar kasat kasih kasir kasta kasus kata katak katalog kategori katrol
    kaum kawal kawan kawasan kawat kawin kaya kayu kayuh kebal kebas kebun kebut kecam kecap kecewa kecil kecimpung
    kecoh kecuali kecup kedai kedelai kedip kejam kejar keji keju kejut kekang kekar kelabu kelahi kelakar kelam
    kelas kelebat kelik keliling keliru kelit kelola kelompok keluarga keluh kelupas kemah kemas kembali kembang
    kembar kembung kemeja kemelut kempis kemudi kemudian kena kenal kenang kencing kendala kendali kendara kendur
    kental kentang kenyang kepak kepala kepalang kepit keponakan kepul kepung kerabat kerah keramat kerap keras
    kerdil keren kereta kerikil kering keringat keris kerja kerjasama kerok kerontang kertas kerubung kerucut keruh
    keruk kerumun kesal kesan kesat ketam ketat ketek ketik ketuk khas khatam khawatir khayal khianat khidmat khilaf
    khotbah khusus khusyuk kibar kibas kibul kicau kikir kikis kilah kilang kilap kilas kilat kilau kilo kimia
    kincir kinclong kini kipas kira kiri kirim kisah kisar kisi kisruh kita kitab klaim klarifikasi klasemen
    klasifikasi klasik klik klinik klinis klub koalisi kocok kode kokoh kolaborasi kolaps koleksi kolom koma
    komandan kombinasi komentar komersial komisi komitmen komoditas kompak kompas kompensasi kompetisi komplain
    kompleks komplit komplot komponen kompromi komunikasi komunitas kondisi konferensi konfirmasi konflik
    konglomerasi kongres konsekuensi konsentrasi konsep konser konservasi konsisten konsolidasi konspirasi
    konstitusi konsultasi konsumen konsumsi kontak kontaminasi konteks konten kontes kontestasi kontingen kontra
    kontrak kontribusi kontrol kontroversi konvensi konversi konyol koordinasi kopdar kopi korban korek koreksi
    korelasi koridor korting korupsi kosmetik kosong kostum kota kotak kotor krama kredit kriminal krisis kriteria
    kritik kritis kuak kualifikasi kualitas kuantitas kuasa kuat kubang kubu kubur kucil kucing kucur kuda kudeta
    kukuh kukus kuliah kuliner kulit kultur kulum kumandang kumat kumis kumpul kumuh kunci kungkung kuning kunjung
    kunyah kuota kupas kupon kurang kurban kurir kursi kursus kurung kurus kurva kusam kusut kutip kutuk
    # l (215)
    laba labrak labuh lacak lacur ladang laga lagi lagu lahan lahap lahir laik lain lajang laju laki laknat lakon
    laksana laku lalai lalap lalim lalu lama lamar lambai lamban lambang lambat lambung lampau lampir lampu lamun
    lamur lancang lancar lancip landa landai landas langgan langgar langgeng langit langka langkah langkau langsing
    langsung lanjut lantai lantang lantas lantik lantun lap lapang lapar lapis lapor lapuk larang lari laris larut
    laskar lasuh latah latar latih lauk laut lawak lawan lawat layak layan layang layat layu lazim lebam lebar lebat
    lebih lebur leceh lecet ledak ledek legal legenda legislasi legit leher lekas lekat lelah lelang lelap leluasa
    lemah lemak lemas lembab lembaga lembur lembut lempar lempeng lena lengah lengang lenggang lengkap lengket
    lengser lentur lenyap lepas lepuh lerai lesat lestari lesu leta letak letih letup letus lewat lezat liang liar
    libas libat libur licik licin lidah lift lihat lilin lilit lima limbah limpah lincah lindas lindung lingkar
    lingkung lingkup linglung lintah lintas lipat lipatganda lipur liput lirik lisan listrik liter lobi logam logika
    lokakarya lokal lokasi lolong lolos lomba lompat longgar longsor lonjak lontar loyal loyo luang luap luar luas
    lubang lubuk lucu lucut luhur luka lukis lulus lumat lumayan lumba lumbung lumer lumpuh lumpur lunak lunas
    luncur lunglai luntur lupa luput lurah luruh lurus lusa lusuh lutut
    # m (220)
    maaf mabuk macam macan macet madya mafia magang mahal mahar mahasiswa mahir mahkota main majelis majemuk maju
    makam makan makar makelar maki makin maklum maklumat makmur makna maksimal maksud mala malaikat malam malang
    malapetaka malas malfungsi maling malpraktik malu maluku mamah mampat mampir mampu mana manajemen manajer
    mancanegara mancung mandat mandek mandi mandiri mandul manfaat mangkir mangkrak mangkuk mangsa manifestasi
    manipulasi manis manja mantan mantap mantra manusia mapan marah marak marathon maret marga margin maritim marka
    martabat masa masak masalah masam masjid masker massa massal masuk masyarakat mata matang materi mati matra mau
    maut mawar maya mayat medali medan media mediasi medis megah mei meja mekanisme mekar melarat melati melek
    memori mempelai menang mencret mengapa mentah mental mentereng menteri mentor menung merah merana merdeka merdu
    merek meriah merinding mesin mesra mesti mesum meter metode mewah migrasi milenial miliar milik militer mimbar
    minat minder minggat minggu mini minim minimal minta minum minyak mirip misi miskin mitos mitra mobil mobilisasi
    modal model moderasi modern modifikasi mogok mohon mojok molek momen momentum monitor monopoli montok moral
    motivasi motor mual muat mubazir muda mudah mudarat mudik mufakat muhibah mujarab mujur muka mukim muktamar mula
    mulai mulas mulia multak mulut mumpung munafik muncrat muncul mundur mungil mungkin muntah murah murai murid
    murka murni murung musibah musik musim musnah musuh musyawarah mutakhir mutasi mutiara mutlak mutu
    # n (62)
    nada nadi nafas nafkah nafsu nahas naif naik nakal nakhoda naluri nama nanah nanti napas narasi nasi nasib
    nasihat nasional naung navigasi negara negeri negosiasi nekat nelayan nenek nestapa netral nganga ngantuk ngebut
    ngeri niaga niat nikah nikmat nilai ninabobo nista noda nominal nominasi nomor norma normal nostalgia notifikasi
    nuklir nusantara nyala nyaman nyamuk nyanyi nyaris nyata nyawa nyenyak nyeri nyinyir nyonya
    # o (45)
    obat objek obrak obral obrol observasi obsesi obyek oknum okupasi olah olahraga oleh oleng olok ombak ombang
    omel omong omzet onar onggok ongkang ongkos online operasi operator opini oplos oposisi optimal optimis orang
    orasi orbit organ organisasi orientasi otak otentik otomatis otonomi otopsi otoritas otot
    # p (339)
    pabrik pacak pacar pacu padam padang padat padi padu pagar pagut pahala paham pahat pahit pahlawan pajak pajang
    pak pakai pakar pakem paket paksa paku palak palang paling palsu palu paman pamer pamit pamor pampang panah
    panas pancang pancar panci pancing panco pancung pandai pandang pandemi pandir pandu panen pangan panggang
    panggil panggung pangkal pangkas pangkat pangku panik panitia panjang panjat pantai pantang pantas pantau panti
    pantul papah papar parah paralel parasit parau pari paripurna parit parkir partisipasi paru pasal pasang pasar
    pasien pasif pasok pasrah pasti pasukan pasung patah patok patri patrol patroli patuh patung paut pawai pawang
    payah payung pecah pecat pecundang pedang pedas pedih peduli pegal pegang pejal pejam peka pekak pekan pekat
    pekik pel pelan pelat pelesir peleton pelihara pelik pelintir pelopor peluk peluru pemilu pena pencak pencet
    pendam pendek penetrasi pengap pengaruh penggal penjara pensiun pentas pentil penting pentol penuh penyu perabot
    perah perahu perak peram peran perang peras perawan percaya percik perdana perdu pergi peri periksa perinci
    peringkat perintah perisai perkara perkasa perkosa perlu permai permanen permata permisi pernah persen
    persentase persis personel pertama pertiwi perut pesan pesat pesawat pesiar pesimis pesona pesta peta petak
    petaka petang petik petir petuah piala piara piatu piawai picik picu pidana pidato pihak pijak pijar pijat pikat
    piket pikir pikul pikun pilar pilih pilin pilu pimpin pinang pincang pindah pinggang pinggir pinggul pingit
    pingsan pinjam pinta pintar pintas pintu pipih pisah pisau pita pitam planet plot pohon pokok polah polemik
    polisi politik polos polusi pompa pondok pongah populasi populer porak pori porsi pose posisi positif posko
    posting potensi potong potret prajurit prakarsa praktik praktis prediksi presentasi presiden prestasi prestise
    pribadi prihatin primadona prinsip prioritas privasi produk produksi produktif profesi profesional profil
    program proklamasi promosi properti proporsi prosedur proses prospek prostitusi proteksi protes protokol
    provinsi provokasi proyek psikologi puas publik publikasi pucat pudar pugar puing puji pukau pukul pula pulang
    pulas pulau pulih puluh punah puncak pundak pungkas pungut puntung punuk punya pupuk pupus pura purba purna
    puruk pusaka pusar pusat pusing putar putih putik putra putri putus
    # r (195)
    raba rabat rabun racau racik racun radang radikal raga ragam ragu rahang rahasia rahim raib raih raja rajam
    rajin rajut rakit rakus rakyat ramah ramai ramal rambah rambat rambu rambut rampas ramping rampok rampung ramu
    ranah rancak rancang rancu randa rangka rangkai rangkul rangsang rangsek ranjang rantai rantau ranum rapal rapat
    rapi rapuh rasa rasuk rata ratap ratifikasi ratus rawan rawat raya rayap rayu razia reaksi realisasi rebah rebak
    reboisasi rebus rebut reda redaksi redam redup reformasi regang regenerasi registrasi regulasi rehabilitasi
    rekah rekam rekan rekat rekayasa reklamasi rekomendasi rekonstruksi rekor rekreasi rekrut rela relaksasi
    relokasi rem remaja remang remas remeh rempah remuk renang rencana renda rendah rengek renggang renggut renovasi
    rentak rentan rentang renung reparasi repih repot reputasi resah resap resepsi reservasi reses resik resmi
    resolusi respon respons restorasi restu retak retas revisi revitalisasi revolusi rewel riak riang rias ribu
    ribut rilis rimba rimbun rinai rinci rindu ringan ringkas ringkus rintang rintih rintis riset risiko ritel riuh
    riwayat robek roboh robot roda rogoh rohani rokok rombak rombong rongga rongrong rontok rotasi roti royal ruang
    rudal rugi rujuk rumah rumit rumpang rumpun rumus runcing runding rundung runtuh runtun runtut rupa rupawan
    rupiah rusak rusuh rutin
    # s (375)
    saat sabar sabet sabit sabot sabotase sadap sadar sadis sadur sagu sah sahabat sahaja saham sahih sahut saing
    saja saji sakit sakral saksi sakti saku salah salahguna salak salam saldo salin salip salju salur sama samak
    samar sambal sambang sambar sambil sambung sambut sampah sampai sampel samping samudra sandang sandar sandera
    sandi sanding sandiwara sandung sangar sangat sangka sangkal sangkut sangsi sanjung santai santap santri santun
    sapa sapih sapu sara saran sarana sarap saring sarung sasak sasar satria satu satwa saudara sauh sawah sawit
    sayang sayap sayat sayup sayur sebab sebal sebar sebelas seberang sebut sedang sedap sedekah sederhana sedia
    sedih sedot segan segar segel segera sehat sejahtera sejarah sejati sejuk sekam sekap sekat sekolah sekretaris
    sektor sekutu sela selaku selamat selancar selang selatan seleksi selenggara selesai seleweng selidik selimut
    selinap selingkuh selip selisih seloroh semai semak semangat semarak sembab sembah sembelih sembilan sembuh
    sembunyi seminar sempat sempit semprot sempurna semua senang senat senda sendat sendi sendiri sendok sengaja
    sengat senggang senggol sengit sengketa sengsara seni senin senjata sensasi sensor sensus sentak sentil sentral
    sentuh senyum seolah sepah sepak sepakat sepakbola sepeda sepele sepi sepuh sepuluh serah serak serakah serang
    serap serapah serba serbu serdadu serempak serentak seret sergap seri serial serikat sering serius sero serobot
    serta sertifikasi seru serut servis sesak sesal sesap sesat sesuai setia setop setor setrum sewa sewenang siaga
    sial siang siap siapa siar siasat sibuk sidang sidik sifat sigap sihir sikap sikat siksa sikut silam silang
    silau silih simak simbol simpan simpang simpati simpuh simpul simulasi sinar sinergi singgah singgung singkap
    singkat singkir singkong sinis sinyal sipit siram sirip sirkulasi sirna sisa sisi sisih sisip sisir sistem sita
    situasi situs siuman skala skandal skema sketsa skor soal sobek sodor sogok sohor sokong solidaritas solusi
    sombong songsong sopan sorak sorong sorot sosial sosialisasi sosok sosor spanduk spekulasi spesial sponsor
    spontan stabil stagnan standar stasiun status stigma stimulasi stimulus stok strategi strategis struktur studi
    suami suap suara suasana subsidi subur sudah sudut sugesti suguh sujud suka sukar sukses suku sulam sulap sulit
    suluh sulut sumbang sumbat sumber sumbing sumbu sumpah sumpek sundul sungai sungging sungguh sungkan suntik
    sunting sunyi supir suplai suram surat surga suruh surut survei susah susu susul susun susur susut sutra
    sutradara swasta syahdu syahid syair syarat syiar syukur
    # t (305)
    taat tabah tabiat tabir tabrak tabuh tabung tabur tadah tafsir tagar tagih tahan tahap tahu tahun tajam tajuk
    takar takdir takik takjub taklid takluk taksir taktik takut talak talang tali tamak taman tamat tambah tambal
    tambang tambat tambun tampak tampan tampar tampik tampil tampung tanah tanak tanam tancap tanda tandang tandas
    tandatangan tanding tandus tangan tangga tanggal tanggap tangguh tanggulang tanggung tanggungjawab tangis
    tangkai tangkal tangkap tangkas tangkis tani tanjak tanjung tanpa tantang tanya tapa tapak tapis taraf tarbiah
    target tari tarif tarik taruh taruna tarung tata tatap tatih taut tawa tawan tawar tayang tebak tebal tebang
    tebar tebas tebus teduh tegak tegang tegas teguh teguk tegur teh tekad tekak tekan teknik teknologi tekuk tekun
    telaah teladan telan telanjang telantar telat tele teledor telepon telisik teliti teluk telungkup telunjuk
    telusur tema teman tembak tembok tembus tempa tempat tempel tempias tempuh tempur temu tenaga tenang tenar tenda
    tendang tengah tenggak tenggang tenggara tenggelam tenggorok tengok tenis tentang tentara tentram tentu tepat
    tepi tepis tepuk terampil terang terap terapi teras terbang terbit teriak terima terjal terjang terjemah terka
    terkam ternak terobos teropong teror terpa tertib terus tes tetangga tetap tetas tetek tetes tewas tiada tiba
    tidak tidur tiga tik tikai tikam tiket tikung tilang tilik tim timang timba timbang timbul timbun timpa timpuk
    timur tindak tindaklanjut tindas tindih tinggal tinggi tingkah tingkat tinjau tinju tinta tipis tipu tiris tiru
    titik titip tiup toko tokoh tolak toleransi tolok tolol tolong tombak tonggak tonjol tonton topang topeng topi
    toreh total tradisi tradisional transaksi transfer transformasi transmisi transportasi trauma tren triliun truk
    tua tuai tuan tuang tubi tubuh tuding tuduh tugas tuju tujuh tukang tukar tukik tular tulis tulus tumbal tumbang
    tumbuh tumbuk tumpah tumpang tumpas tumpuk tumpul tunai tunas tunda tunduk tungau tunggak tunggal tunggang
    tunggu tunjang tunjuk tuntas tuntun tuntut tupai turis turun turut tusuk tutul tutup tutur
    # u (66)
    uang ubah ubun ucap udang udara udik ujar uji ujicoba ujung ukhuwah ukir ukur ulah ulang ulas ulat ulet ulur
    umat umbar umbi umbul umpan umpat umum umur undang unduh undur unggah unggul ungkap ungkit ungsi unik
    universitas unjuk untai untung unyil upacara upah upaya upeti urai urat urus urut usaha usai usang usap usia
    usik usir usul usung usut utama utang utara utas utuh utus
    # v (17)
    vaksin vaksinasi valid validasi valuta variabel variasi verifikasi versi video vila visi vital vokal voli volume
    vonis
    # w (39)
    wabah wacana wadah wafat wahana wajah wajar wajib wakil waktu walau walet wali wangi wanita wara waras warga
    waris warna warta warung wasiat wasit waspada waswas watak wawancara wawas wayang wenang wibawa widuri wilayah
    wiraswasta wirausaha wisata wisuda wujud
    # y (4)
    yakin yatim yayasan yoga
    # z (9)
    zakat zalim zaman zamrud zat ziarah zikir zina zona
    """
}
