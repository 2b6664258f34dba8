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
    # a
    abad abadi abai abang abdi abu acak acara acu ada adab adat adik adil adu aduk agak agama agar agen agenda
    agresi agung ahli air ajak ajar aju akal akan akar akhir akibat akrab akses aksi aktif aktivitas aktor aku akui akun
    akurat alam alamat alas alasan alat album alih alir alis alokasi alot alur aman amal amanat amat ambang ambil ambisi
    ambruk amin ampuh ampun amuk anak analisa analisis ancam andal andil aneh aneka angin angka angkat angkut anggap
    anggar anggaran anggota anggur angkasa aniaya anjlok anjur antar antara antisipasi antre anugerah anut apa apel
    api apik apresiasi april arah arak arang arena argumen arsip arti artikel arus asah asal asap asas asing asli
    aspek aspirasi asrama astronomi asuh asumsi asuransi atap atas atlet atur audit awak awal awan awas awasi ayah
    ayat ayo ayun azas azan
    # b
    babak babi badai badan bagai bagi bagian bahagia bahan bahas bahasa bahaya bahu baik bait baja bajak baju bakal
    bakar bakat bakti balai balap balas balik balita balok bambu ban banci banding bandar bandara bangga bangkit
    bangkrut bangku bangsa bangun banjir bank banting bantah bantal bantu banyak bapak bara barang barat baris baru
    basa basah basis batal batas batang batik batu batuk bau bawa bawah bawang baya bayang bayar bayi bea beban
    bebas bebek beda bedah bekal bekas beku bela belah belakang belanda belanja belas beli belok belum benah benam
    benar bencana benci benda bendera bendung bengkak bengkel benih bening bensin bentang bentrok bentuk benua beras
    berat berita bersih besar besi besok betah betina betul biak biar biasa biaya bibir bibit bicara bidang bijak
    biji bikin bila bilang bimbang bimbing bina binasa binatang bingung bintang biru bisa bisik bisnis bius bocah
    bocor bodoh bohong bola boleh bolong bom boneka borong bos bosan botol buah bual buang buat budak budaya buka
    bukit bukti buku bulan bulat bulu bumbu bumi buncah bunda bunga bungkam bungkus bunuh bunyi buron buru buruh
    buruk busana busuk buta butuh
    # c
    cabai cabang cabut cacat cagar cahaya cair cakap cakup calon campur canda candu cantik capai cap capek cara cari
    catat cawan cedera cegah cek cekal celaka celana cemas cemar cepat cerah cerai cerdas cerita cermat cermin cetak
    cetus cicil cinta cipta ciri cita cium coba cocok contoh corak coret cuaca cuci cuek cukup cukur culik cuma curah
    curang curi curiga
    # d
    dada dadak daerah daftar dagang daging dahulu dahsyat dakwa dakwah dalam dalang dalih damai damping dampak dana
    danau dandan dapat dapur darah darat dari darurat dasar data datang datar daulat daun daur daya debat debu
    dedikasi definisi defisit deklarasi dekat demam demi demo demokrasi dendam denda dengar dengki depan deras deret
    derita desa desain desak desember desi detik dewan dewasa diam didik digital dinamika dinas dingin dinding diri
    direksi direktur disiplin diskon diskusi distribusi doa dokter dokumen domba dominan donor dorong dosa dosen
    dua duduk duga duka dukung dulang dulu dunia duri dusta dusun duta
    # e
    edar edisi edukasi efek efektif efisien ejek eja ekonomi ekor ekspansi ekspor eksekusi eksistensi eksploitasi
    ekstrem elak elektronik elit email emas embun emosi empat empuk enak enam energi engkau entah era erat erti
    esa esok etika etnis evakuasi evaluasi
    # f
    faedah fajar fakta faktor fakultas fana fantasi fase fasilitas fatwa februari fenomena festival figur fikir
    film filsafat final finansial firman fisik fitnah fokus format formasi forum foto fraksi fungsi
    # g
    gabung gada gadai gading gadis gagal gagas gaji gajah gali galak galang gambar gampang ganas ganda ganggu ganjal
    ganti ganyang garam garap garis garuda gas gaul gawat gaya gedung gelap gelar gelas gelombang gema gembira
    gempa gemuk gencar gendong gerak gereja gesa getar giat gigi gigih gila gilir gizi global golong gotong goyang
    gratis gubernur gudang gugat gugur gula gulat guling gulung guna gunting gunung guru gusur
    # h
    habis hadap hadiah hadir hafal hajar hak hakim hal halal halaman halang halus hamba hambat hamil hampir hancur
    hangat hantam hantar hantu hanya hapus harap harga hari harta harus hasil hasrat hati hawa hebat heboh hela
    hemat hendak heran hewan hidang hidup hijau hilang hilir himpun hina hindar hingga hirup hisap hitam hitung
    hormat hubung hujan hujat hukum hulu huni huru hutan hutang
    # i
    ia ibadah ibarat ibu ide ideal identitas idola ikan ikat iklan iklim ikut ilmu imam iman imbang imbau imbal
    impas impi impor inap indah indeks individu industri infeksi inflasi informasi infrastruktur ingat ingin
    ingkar inisiatif inspirasi instansi institusi instruksi intai integrasi intensif interaksi internasional
    internet inti investasi isap isi islam istana istilah istimewa istirahat istri isu itik izin
    # j
    jabat jadi jadwal jaga jagung jahat jahit jajah jajak jajar jalan jalin jalur jam jamin jamu janda janji jangka
    jangkau jantung januari jarah jarak jari jaring jarum jasa jatah jatuh jauh jawab jaya jebak jeda jejak jelas
    jelang jelek jemput jenaka jenazah jendela jenderal jenis jenuh jera jerat jernih jeruk jiwa juang jual juara
    judi judul jujur juli jumlah jumpa juni jurang juri jurnal jurus jutaan juta
    # k
    kabar kabinet kabul kabupaten kabur kacau kaca kader kadar kafe kagum kaget kail kain kaitan kait kaji kaki
    kala kalah kalau kali kalimat kamar kambing kami kampanye kampung kampus kamu kanan kandang kandidat kandung
    kantor kantuk kapal kapan kapasitas kapok karang karakter karantina karbon karena kardus karir karya kasar kasih
    kasus kata katak kategori kaum kawal kawan kawasan kawin kaya kayu kebal kebun kecam kecewa kecil kecoh kecuali
    kejam kejar keji keju kelahi kelam kelas kelola kelompok keluar keluarga keluh kemas kemeja kembali kembang
    kemudi kenal kena kenang kendala kendali kendara kental kentang kepala kepung keras kerabat kerah kerap kering
    keringat keris kerja kertas keruh kesal ketat ketik ketua keturunan khas khawatir khianat khilaf khusus khusyuk
    kibar kikis kilang kilas kilat kilo kimia kini kipas kira kiri kirim kisah kisruh kita klaim klarifikasi klasik
    klinik klub koalisi kode kokoh kolaborasi koleksi kolom komandan komentar komersial komisi komitmen komoditas
    komunikasi komunitas kondisi konflik konfirmasi kongres konsentrasi konsep konser konsisten konstitusi konsultasi
    konsumen konsumsi kontak konten kontrak kontribusi kontrol koordinasi kopi korban korupsi kosong kota kotor
    kriminal krisis kritik kritis kuasa kuat kubur kuliah kulit kumpul kunci kuning kunjung kuota kupas kurang
    kursi kurung kusut kutip
    # l
    laba labuh lacak ladang lagi lagu lahan lahir laik laju laki laku lalai lalu lama lamar lambang lambat lampau
    lampir lampu lancar landa landas langgan langgar langit langka langkah langsung lanjut lantai lantas lantik
    lapang lapar lapis lapor lari larang laris laut lawan lawat layak layan layang lebar lebih leher lekas lelah
    lelang lemah lembaga lembut lempar lengah lengkap lepas lestari letak letus lewat liar libat libur licik lihat
    lilit lima lindung lingkar lingkung lintas lipat listrik liput logika lokal lokasi lolos lomba longgar lompat
    luang luar luas lucu luhur luka lulus lumpuh lumpur luncur lupa lurus lusa luruh
    # m
    maaf mabuk macam macet madu mahal mahasiswa main maju makan makin makmur maksud malaikat malam malang malas malu
    mampu mana mandi mandiri manfaat mangsa manis mantan manusia marah maret masa masak masalah masjid masuk masyarakat
    mata materi mati mau mawar maya media medan medis mei meja mekanisme melati menang mental menteri merah merdeka
    mesin mesra meter miliar milik militer minat minggu minim minta minum minyak mirip miskin misi mitra mobil modal
    model modern mogok mohon moral motor muat muda mudah mudik muka mula mulai mulia mulut mundur muncul murah murid
    murni musik musim musuh mutakhir mutasi mutu
    # n
    nada nafas nafkah naik nakal nama nampak nanti napas narasi nasib nasihat nasional negara negeri nelayan nenek
    nganga nikah nikmat nilai nyala nyaman nyanyi nyata nyawa nomor norma normal nuklir nyonya
    # o
    obat objek obrol oknum olah olahraga ombak omong ongkos operasi opini optimal optimis orang organisasi orientasi
    otak otomatis otonomi otoritas
    # p
    pacar pacu padam padang padat padu paham pahit pahlawan pajak pakai pakar paket paksa paling palsu panas pancar
    panci pandai pandang pandemi pandu panen panggil panggung panik panitia panjang pantai pantas pantau panti pasang
    pasar pasien pasif pasok pasti patah patok patroli patuh patung pecah pecat pegang pegawai pejam pekan pelihara
    peluk peluru pena pendek penjara penting pentas penuh perah peran perang perangkat percaya perintah periksa
    perkara perlu pertama pesan pesat pesawat pesta peta petik petugas piala pidana pidato pihak pikir pilih pimpin
    pinjam pintar pintu pisah pisau pohon pokok polemik polisi politik pompa populer porsi posisi positif potensi
    potong praktik prediksi prestasi presiden prihatin prinsip prioritas produk produksi profesi profesional program
    proses proteksi protes provinsi proyek publik pucat puas puji pukul pula pulang pulau pulih puluh punah puncak
    punya pupuk puruk pusat pusing putar putih putra putri putus
    # r
    raba racun ragu rahasia raih raja rajin rakit rakyat ramah ramai ramal rampas rampung ranah rancang rangka rangkai
    rangkul ranjang rantai rapat rapi rasa rata rawan rawat raya razia reaksi realisasi rebut redam reda rekam rekan
    rekomendasi rela remaja rencana rendah renggang renung reformasi regulasi rekor rentan resah resmi respons ribu
    rilis rinci ringan ringkas risiko robek roboh roda rokok rombak rongga ruang rugi rujuk rumah rumit runtuh rusak
    rupa rupiah
    # s
    saat sabar sadar sah saham sahabat saing saja sakit saksi sakral saku salah salam salur sama sambal sambung sambut
    sampah sampai samping sandar sandera sangat sangka sangkal santai santun sapa sapu saran sarana sasar satu
    saudara sayang sayap sebab sebar sebut sedang sedap sederhana sedia sedih segar segera sehat sejarah sejuk
    sekolah sekretaris sektor selamat selatan selesai selidik selisih semangat sembah sembuh sembunyi sempat sempit
    semprot semua senang senat sendiri senggol seni senin senjata sentuh sepak sepakat sepeda sepi sepuluh serah
    serang serap serba serbu sering serius serta seru sesak sesuai setia setor sewa siang siap siapa siar sidang
    sikap sikat siksa silang simpan simpati simpul sinar sinergi singgah singkat sinyal sisa sisi sistem situs
    skandal skor sobek sopan sorot sosial sosok spesial stabil stasiun status strategi struktur studi suami suap
    suara suasana subur sudut suka sukses suku sulit sumbang sumber sumpah sungai sungguh suntik sunyi surat surut
    survei susah susu susul susun sutra syarat syukur
    # t
    taat tabrak tabung tabur tagih tahan tahu tahun tajam takut tali taman tambah tambang tampak tampil tampung
    tanah tanam tanda tanding tangan tangga tanggap tanggal tanggung tangis tangkap tani tanpa tantang tanya tarik
    target tari tarif taruh tarung tata tawa tawar tayang tebal tebar tebus tegak tegas teguh teknik teknologi tekan
    telan telepon teliti teluk telusur teman tembak tembus tempat tempel tempuh temu tenaga tenang tenda tengah
    tenggara tenggelam tentang tentara tentu terang terbang terima terjemah ternak terobos teror terus tetap tewas
    tiba tidur tiga tikam tiket timbang timbul timbun timur tindak tinggal tinggi tingkat tinjau tipis tipu tiru
    titik titip tokoh toko toleransi tolak tolong tonton topang total tradisi transaksi transfer transportasi tua
    tuan tubuh tuduh tugas tujuh tuju tukar tulis tumbuh tumpuk tunda tunggak tunggu tuntas tuntut tunjuk tunjang
    turis turun tutup tutur
    # u
    uang ubah ucap udara ujar uji ujung ukir ukur ulang ulas umat umbar umum umur undang unggah unggul ungkap ungsi
    unik universitas unjuk untung upacara upah upaya urai urus usaha usai usia usir usul usung utama utang utara
    utus
    # v w y z
    vaksin valid variasi versi video vila visi vital vonis
    wabah wacana wadah wajah wajar wajib waktu wakil walau wali warga waris warna warta warung wasit waspada watak
    wawancara wayang wilayah wisata wujud
    yakin yatim yoga
    zaman zakat zat ziarah zona
    # a (more)
    adaptasi adopsi advokasi agih ahad aib air ajal ajuk akomodasi akreditasi aksara akta aktual akuisisi
    alami alergi algoritma aliansi alkohol ambah ambek amandemen amanah ambulans amplop ampas anal ancang andai
    anggun angguk angkara angker anjing antik antusias anyam apung arab arbitrase arif arsitek artis asih asli
    asma asrama astaga asuh atlet atraksi atribut awet ayak
    # b (more)
    babat bahari bahu bajak bakau bakso bakteri balap balon bandel bandit bandung bangkai bangsal
    banting bantai baptis barter basmi bata batin bauran bawel bayam bazar bebat bedak begal bekal beku
    belah belai belenggu beleid belit belot benam benar bencana bendahara bengis benteng bentur berantas berkas
    berkat berontak bersih besan bibi bidik bijaksana bilas bimbel bina bincang bingkai bioskop bir birokrasi
    bisnis bising blokir bobol bobot bocor bodi bohlam bola bolak bonus borgol bosan botak boyong brankas budi budidaya
    bugar bujuk buka bukan bukti bulat bulir buncit bunda bundar buntu bunyi bupati buram buron busuk butir
    # c (more)
    cabik cadang cakra cakrawala calo camat campak candi cangkok canggih cantum capres caplok cecar cekcok cekik celah
    cela celup cemarah cemerlang cemooh cengkeram cepit cerai cerca cerdik ceria cermat cerna cetus cicip cikal cinta
    ciut cokelat comot copet copot cuat cuit cula cumbu curam curhat curiga cukai cuti
    # d (more)
    dabrak dahaga dakwa daki dalih damba dandan dangkal dapur darma dasawarsa daya debar debit dekam deklarasi
    dekor delegasi delik denah dengung densus deposito derajat derap desah desas destinasi detail deteksi devisa
    diagnosis diagnosa dialog didih dikte diktator dinasti diplomasi diplomat dirgahayu disrupsi divisi dobrak dodol
    dokumentasi dompet dongeng dongkrak drama dramatis duel dukun dulang duplikat durasi dusta
    # e (more)
    ekosistem eksekutif eksklusif ekspedisi eksperimen ekspresi ekstradisi elektabilitas elektronik elemen eliminasi
    embargo embat emisi empati emban enggan entas epidemi erang erosi eskalasi estafet etalase evolusi
    # f (more)
    fasih fasis fatal favorit federasi filter fiksi finis fitur fleksibel fluktuasi formal formula fosil frekuensi
    frustrasi fusi
    # g (more)
    gabah gaduh gaet gagah gairah gamang gandeng gandrung ganjar gantung gapai garang garansi garong garuk
    gatal gaung gawang gebrak gejala gejolak gelak gelandang gelembung geledah gelimang gelincir gelinding
    gelora gembleng gembok gempar gempur gemar genang gencat gencet gendang generasi genggam genjot gentar genting
    gerah gerai gerebek gerilya gersang gertak gesek geser getir gilas gilang gimnasium ginjal gegar golf gores
    gosip gosok grafik granat gugah gugup gulir gumam guncang guyur gagap
    # h (more)
    hablur hadang hadas hadir hajat hakiki halau halo hambar hampar hangus hanyut harap harimau harmoni hasut hati
    haus hebat hektare hembus hemat hendak henti herbal hias hibah hibur hijrah hikmah himbau hinggap hiruk histori
    hobi hormon hotel hukum humor huni hunus
    # i (more)
    iba ibadah idam identifikasi idap igau ikhlas ikhtiar ilham ilmiah ilustrasi imajinasi imbas imigrasi imlek
    implementasi impor imun inap incar indikasi indikator induk infak ingar ingkar ini injak inovasi insiden insinyur
    inspeksi intelijen intens interogasi interpelasi interpretasi intervensi intim intimidasi intip investigasi iris
    ironi irigasi isolasi istiqamah iuran
    # j (more)
    jabar jagat jajal jalar jamah jamak jamban jambret jangkit janggal jarang jawara jebol jegal
    jelajah jeli jemaah jemur jengkel jenguk jepit jerih jilid jinak jingga jiplak jitu jorok jodoh joget jongkok
    juang juluk jumawa jurnalis justru
    # k (more)
    kabar kabel kadal kado kadaluwarsa kafir kagok kaidah kaji kakak kakek kaku kalang kalbu kalender
    kalkulasi kambuh kamera kampiun kamuflase kanal kancah kandas kangen kantong kapok kapten karat karantina karcis
    karier karikatur karung karut kasat kasir kasta katalog katrol kawat kebut kecam kecap kecoh kecup kedai kedip
    kejut kekang kelabu kelakar kelik kelit keliling keliru keluh kemah kemari kembar kemudian kendur kenyang kepak
    kepit kepul kerabat keramat keren kerikil kerok kerubung kesan ketam ketuk khayal khianat
    khidmat khotbah kibul kicau kilah kilau kisar kitab klasemen klasifikasi klik klinis koma kombinasi
    komentar kompak kompas kompensasi kompetisi kompleks komplain komplit komponen kompromi konferensi konglomerasi
    konsekuensi konservasi konsolidasi konspirasi kontes konteks kontestasi kontingen kontra kontroversi konvensi
    konversi kopdar korek koreksi korelasi koridor kosmetik kostum krama kredit kriteria kubu kucing kucur kuda kukuh
    kukus kuliner kultur kumandang kumat kumuh kunyah kupon kurban kurir kursus kurva kutuk
    # l (more)
    laga lahap lain lajang lalap lambai lamban lambung lamun lancip landai langsing lantun lapuk laskar
    lasuh latah latar latih lauk lawak layat lazim lebam ledak ledek legal legenda legislasi legit leluasa lemas
    lembur lempeng lengang lengket lengser lenyap lepuh lerai lesat lesu leta letih lezat libas lidah lift lilin
    limpah lincah lindas linglung lingkup lintah lipur lirik lisan lobi logam lokakarya longsor loyal luap lubang
    lucut luhur lukis lulus lumat lumayan lumbung luncur lunak lunas lunglai luntur lupa lusuh lutut
    # m (more)
    mabuk madya mafia magang mahir mahkota majelis majemuk maju makam makar maki maklum makna maksimal
    malapetaka malfungsi maling malpraktik mamah mampir mana manajemen manajer mancanegara mandat mandek mandul
    mangkir mangkrak manifestasi manipulasi mantap mapan marak marathon marga margin martabat masker massa massal
    mata matang mati maut medali mediasi megah mekar melek mempelai mencret mengapa mentah mentor merana
    merdu merek mesti metode migrasi mikir milenial minder minimal mirip mitos mobilisasi moderasi modifikasi mogok
    momen momentum monitor monopoli moral mubazir mudarat mufakat muhibah mujarab mukim muktamar mulas multak
    mumpung munafik muncrat mundur mungkin muntah murka murung musibah musnah musyawarah mutlak
    # n (more)
    nadi nafsu naif naluri nanah naung negosiasi nekat netral ngeri niaga niat nikmat ninabobo noda nominal nominasi
    nonton nostalgia nusantara nyaris nyeri nyenyak
    # o (more)
    obral observasi obsesi obyek oleh oleng olok ombang omzet ongkang online operator oplos oposisi optimis orasi
    orbit organ orientasi otentik otopsi
    # p (more)
    pacu pagar pahala pajang pakem paket paksa paku palak palang paling palu pamer pamit pampang panah pancing panco
    pancung pandemi panggang pangkas pangkat pangku pantang pantul papar parah paralel parasit pari paripurna parkir
    paru pasal pasrah pasti pasung patok patrol patuh paut pawai payung pecah pedas pedih pegal pejam peka pekat
    pekik pelan pelat peleton pelik pelopor peluang pemuda pencak pendam penggal pengaruh pengap pentol penuh
    penyu perahu peram perabot peras perawan perban perdana perdu pergi peri peringkat perinci perisai perkasa
    perkosa perlahan permai permata permisi pernah persegi persen persis personel pertiwi perut pesan pesimis
    pesona pesta petak petaka petang petir petuah piara piatu picu pidato pijak pijat pikat piket pikul pilar pilu
    pimpin pindah pinggir pinta pinang pincang pinggang pingsan pintas pisah pita pitam planet plot pokok polah
    polusi pondok pongah populasi pori porak posko potret praktis prakarsa presentasi prestise prihatin primadona
    privasi produktif profil promosi properti proporsi prosedur prospek protokol provokasi psikologi pudar pugar
    pulas pulih pungut puntung pupus pura purba pusaka pusar putar putus
    # r (more)
    rabat racik radang radikal rahim rajut rakit rakus rambah rambat rambu rambut rampok ramping rancu randa rangsang
    rantau rapuh ratap ratus rawat rayap rayu reboisasi rebus redaksi redup rehabilitasi rekah rekayasa
    rekrut relokasi remeh rem remuk renang renovasi rentang renung reparasi repot reputasi resap resepsi reses
    restu retak revisi revolusi rias riang ribut rimba rindu ringkus rintang rintis riuh riwayat robot rogoh rohani
    rombong rontok rotasi royal rugi rumpun rumus runding runtun rusuh rutin
    # s (more)
    sabet sabot sadap sadis sagu sahut saji salin salip samar sambar sambil sampai sampel samudra
    sandang sandiwara sangkut santap santri sanjung sapih sara saring sarung satria satwa sayat sayur sebelah sedekah
    sederhana segan segel sejahtera sejati sekap sekat sekutu sela selamat selang selenggara seleksi selidik selimut
    selip seloroh seluruh semai semangat semarak sembelih sempurna sendat sendi sengaja sengat sengketa
    sengsara sensasi sensus sentil sentral sentuh senyum sepah sepele sepi serak serakah serap serempak serentak
    seret sergap serobot sesal sesat sesuai sewenang siaga sial sibuk sidik sigap sihir sikut silam silau simak
    simbol simpang simulasi singkap singkir sinis sirkulasi siram sirna sisih sisir sita siuman skala skema sketsa
    soal sodor sogok sokong solidaritas solusi sombong songsong sorak sorong sosialisasi spanduk spekulasi
    spontan sponsor stagnan standar stigma stimulus stok strategis subsidi sudah sugesti suguh sujud sulap sulam
    sulut sumbat sumbu sungkan sunting supir surga suruh susur sutradara swasta syahid syair syiar
    # t (more)
    tabah tabiat tabir tadah tafsir tagar tahap takar takdir takjub takluk taksir talang tamak tamat tambal tambat
    tampar tampik tampung tanak tancap tandas tandus tangguh tangkal tangkis tanjak tanjung tantang tapak tapis
    taraf tarbiah taruna tawan tayang tebak tebang teduh tegang tegur tekad tekan tekuk tekun telaah telantar
    teladan telanjang telat tele telisik teluk telunjuk tembok tempa tempur tenar tendang tenggak tenggang tengok
    tentram tepat tepi tepis terampil terap teras terbit tergesa terjang terka terkam terlantar ternama teropong
    terpa tetas tetes tiada tikung tilang timba timpa tindas tindih tinju tipu tiup tolak tolok tonjol topi total
    tradisional trauma tren tuai tuang tuding tuduh tukang tular tulus tumbang tumbuk tumpah tumpang tumpas tunai
    tunda tunduk tungau tunggang tunggal tuntun tupai turut tusuk tutur
    # u (more)
    ubun udang ulah ulat ulur umpan umpat unduh undur unggul ungkit unjuk untai unyil upaya urat urut usang
    usap usik usut utas utuh
    # v w y z (more)
    valuta variabel vital volume vokal voli wafat wajar walet wangi wanita wara wasiat waswas wenang
    wibawa widuri wiraswasta wisuda wujud yakin yayasan zikir zalim zina
    # bases of common news words
    imbuh tumpang gemar laksana mungkin gandeng kejut bantai oleh tanggulang adaptasi sangkut iring tidak ratus
    tahap sero
    # bases met in news reporting
    beri jubah tajuk inisial meriah partisipasi kualitas kuantitas lakon leceh kerumun wawas teriak dominasi kayuh
    toreh sifat gelang besut adon tanda goreng tertib serikat pangkal selewang pribadi beber gengsi buluh singgung
    guna kontaminasi eksplorasi sundul taut diskualifikasi minimal seberang pungkas respons respon posting
    tik ketik cat cek pel lap sah bor bom dok pak cor tes
    rilis klaim semprot sandera sumpah cecar tampung jaring
    sulit sukar kenal kenang sama sesama imbang tanding pimpin gugat tuntut periksa sidang hukum
    vonis bebas ringan berat penjara tahan tangkap tembak bunuh rampok curi tipu peras sogok
    ekspor impor produksi distribusi jual beli harga mahal murah untung rugi modal saham dagang pasar laba utang
    pinjam bayar lunas gaji upah pajak cukai bunga kredit tabung simpan hemat boros belanja
    hujan banjir longsor gempa angin badai kering panas dingin kabut asap bakar padam api
    sekolah kuliah ajar didik latih uji lulus gelar wisuda baca tulis hitung hafal paham
    sakit sehat obat rawat sembuh luka cedera operasi periksa suntik vaksin infeksi tular jangkit wabah
    tanam panen pupuk sawah ladang kebun tani ternak pelihara ikan jala pancing
    gerak lari jalan lompat renang tendang lempar pukul tinju gulat panah tembak menang kalah seri imbang
    gol skor juara piala medali laga tanding babak putar
    # more everyday roots
    abai acuh adang agih ajak akhir alih alun amat ambil amuk ancam andal angkat angkut anjur antar apit arung
    asuh atur awas ayun
    baca bagi bahas balas bangun banting bantu bawa bayang bebas bedah bekal bela beli benah bentuk beri berontak
    biar biasa bicara bidik bikin bimbing bina bongkar buang buat bujuk buka bunuh buru buruk
    cabut cakup campur capai cari catat cegah celup cerita cetak cicil cium coba colek colok cubit cukur
    dakwa damping dapat datang dekat dengar desak diam didik duduk duga dukung dorong
    edar eja ekor elak embus enyah
    gabung gagal gali ganggu ganti garap gelar gempur genggam gerak geser gigit goda gosok guling gulung guna gusur
    hadap hadir hajar halang hambat hampir hancur hantam hapus harap hasil hembus hibur hidup hilang himpun
    hindar hirup hitung hubung hukum huni
    ikat ikut ingat injak intai intip isi izin
    jabat jadi jaga jahit jajah jalan jalin jamin jangkau jatuh jauh jawab jebak jelas jemput jenguk jual
    kabur kacau kagum kait kalah kawal kejar kelola kembang kena kendali kenal kepung kerah kikis kirim kuasa
    kumpul kunjung kupas kurang kurung
    labuh lacak lahir laku lalu lampau lancar landa langgar lanjut lantik lapor lari larang lawan layan lebur lepas
    letak lewat libat lihat lindung lipat liput lolos lontar luang luncur lupa
    main makan maki maksud malu mampu mandi masak masuk mati minta minum mohon mulai muat muncul mundur
    naik nikah nilai nyanyi
    olah omel ongkos
    pakai paksa pamer panggil pantau pasang pecah pegang pekik pelihara pergi perintah periksa pesan pikir pilih
    pimpin pindah pinjam potong pukul pulang pulih punya putar putus
    raih rakit rampas rancang rasa rawat rebut redam rekam rekrut rencana renung riset robek rombak rumus
    rusak
    sadar sampai sambut saring sapa sebar sebut sedia selamat selesai selidik sembunyi semprot sentuh serah serang
    serap serbu siap siar sikat simpan singgah sita sorot susun
    tabrak tagih tahan tambah tampil tanam tanda tangis tangkap tanya tarik tawar tayang tegur tekan telan temu
    tentu terima terus tetap tiba tikam timbang timbul tindak tinggal tinjau tiru tolak tolong tonton tuduh tugas
    tulis tumbuh tunda tunggu tunjuk turun tutup
    ubah ucap ukur ulang ulas umum undang ungkap unggah urus usaha usir usul usung
    wujud
    # people, places and things
    abang adik anak ayah bapak ibu kakak nenek kakek paman bibi istri suami putra putri cucu keponakan saudara
    rumah gedung kantor pasar toko jalan jembatan kota desa kampung pulau gunung sungai danau laut pantai hutan
    mobil motor kapal pesawat kereta sepeda bus truk
    buku surat kertas pena meja kursi pintu jendela lantai atap dinding kamar dapur
    makan minum nasi roti daging sayur buah gula garam minyak kopi teh susu air
    senjata peluru bom pisau pedang tombak
    # numbers and measures
    satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus ribu juta miliar triliun
    persen meter kilo gram liter hektare
    # roots that look affixed and must stay whole
    terapi ragam serial beringin berapa kalian selaku pemilu memori maluku mewah seolah berkah
    """
}
