"""Word lists the engine reasons with: language markers, function words and shared concepts.

Words are written as people type them; `bot.text` and `bot.matcher` fold them the same way
as messages, so accents, Arabic letter variants and Arabizi digits need no second copy here.
"""

from __future__ import annotations

# Function words that tell French, English and Darija (Latin script) apart.
FRENCH_MARKERS = frozenset(
    """le la les un une des du de et est au aux dans sur pour avec ce cette ces qui quoi
    quand ou comment pourquoi combien quel quelle quels quelles je tu il elle nous vous ils
    sont etait ont a parle c ki kel ke koi kan jveux veux voudrais ronde quelque
    intervenants bonjour salut merci svp stp oui non pas mais donc alors qu est-ce
    premiere deuxieme
    ya yavait cest cetait jsuis jsui jai jvoudrais jaimerais jsais jpense dsl bcp pr ds tt
    pcq pq kil kils ke kelle koi ki mdr bjr bsr ns mm qqn qq dc tjrs
    jvx jveu jvais jpeux jpp jsp jme jmen jcrois chui jtiens
    avez pouvez pourriez etaient quelles lequel laquelle ont-ils ete elles aussi tres
    organise organisateurs heure horaire lieu billet gratuit prochaine edition
    intervenante intervenant professeur psychiatre psychologue createur
    bonsoir revoir journee soiree semaine mois annee etais etions etiez sommes etes suis
    avons avais avait auront sera serait fait faites faire dit dire dites peut peux puis
    savoir sais sait connais connait voudrais aimerais cherche besoin vraiment beaucoup
    peu trop toujours jamais rien tout tous toute toutes chose choses autre autres meme
    leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos celui celle ceux
    chez vers depuis pendant avant apres sans sous entre contre parmi parce comme quelqu
    encore deja bien mieux enfin voila voici genre truc bref franchement exactement
    genial parfait grave nul ouais ouai bah ben euh hein
    dommage bonne bon belle beau nouveau nouvelle petit petite grand grande vrai vraie
    quoi cela ca ici la-bas maintenant aujourd hui demain hier soir matin nuit""".split()
)
ENGLISH_MARKERS = frozenset(
    """the a an of to in on at for with is are was were who what when where why how which
    did does do about tell me my you your can could would please thanks thank hello hi hey
    spoke talked speaker speakers panel event first second and or it this that
    there help bye thx thanks goodbye hello hi hey yes no price stock weather
    people live follow followers account password delete reset happened held i im ive myself
    been again wanna gonna tbh dont cant want feel feeling anymore life just really know
    think everyone nobody without better would
    whn wen wat wht r u ur abt bout pls plz ppl smthg sth ty tho bc cuz coz lol whats wats
    whos hows wheres round lineup line-up venue name names press any against next main
    quick bio title stands stand meaning mean who's what's where's when's full took part
    round-up rundown recap overview speakers women men ladies guys cheers mate today
    tools features wellbeing screen time limit see anything something were they them their
    said say did start end free tickets ticket replay video watch organised organized
    good morning evening night afternoon day week month year have has one ones best
    near nearby restaurant restaurants recommend app right lady guy from exactly titles
    great awesome nice love like sure okay yeah yep nope sorry excuse need much many more
    most also only other some time old new work school job home way back well very still
    even after before over under into out up down off because so but if then than too
    our us we he she his her him its these those here now later soon tomorrow yesterday
    tonight give get got make made take come came go went going knew see saw look looked
    find found thought told ask asked use used wanted handles handle anyone someone
    everything nothing thing things stuff kind sort bit lot lots should will shall might
    must may let lets gimme wanna hey yo sup wassup thank see you bye later
    topics covered overall location count structured summary gist clinicians therapists
    quotes quoted drank swallowed pills throat bleach overdosed
    gm gn gtg ttyl brb idk lmao lmfao bruh nah omg haha hahaha tysm cya tmrw sleepy af ugh
    homework bad wrong answer perfect oops fair enough makes sense finally friday last
    takeaway picture""".split()
)
DARIJA_MARKERS = frozenset(
    """chkoun chkon chkun shkoun chkoune chno chnou achno ach fin fine feen imta emta fo9ach
    foqach kifach kifech kif ch7al chhal 3lach lach wach dyal dial diyal kayn kayna kayen
    bghit bghina had hadchi hadi hada hder hdar tkellem tkalam tkallem kan kanet kanou
    l9imma 9imma m3a 3la bzaf wla chi ana nta nti hna homa bach fach mnin labas salam
    3afak afak khoya khti daba ghir walo smiyto smitha ila lli li mzyan
    wa7ed wahed wa7da wahda jouj joj bjoj b7al bhal kifach kanbghi kanbgho bghina bghit
    n3ref n3raf nfhem sme3t sm3t smaat chft chaft chouft galt gal galo 9al 9alt 9alo
    kayen kaynin kano kant kanet dyalhom dyalha dyalo dyalou dyali dyalna 3la 3lih 3liha
    fih fiha m3a mn men bzf bzaf daba dak dik dok hadak hadik 3ndi 3andi 3ndk wla
    lwla lowla lawla l9imma dyal chkoun chno achno chnahowa hiya howa homa
    3lach 7it 7ite hit lekher lkher""".split()
)

# Words that carry no meaning for matching (articles, pronouns, auxiliaries, fillers).
STOPWORDS = (
    frozenset(
        """le la les l un une des du de d et est a au aux en dans sur pour par avec ce cet cette
    ces c ca ça qu que il elle ils elles on je j tu vous nous me m
    te t se s y ne n pas plus mon ma mes ton ta tes son sa ses leur leurs notre nos votre vos
    etait ete avait avoir etre fait faire sont ont va vais savoir eu parmi among
    voudrais voulais veux jveux aimerais dire dis moi toi lui eux sais connais connait
    connaissez donc alors bien tres aussi encore deja quelque chose ya propos concernant
    quelqu ete etaient estce est-ce svp voila ke kel
    the a an of to in on at for with by from is are was were be been being do does did
    about and or it its this that these those there their they them he she his her i me my
    you your we our us would will tell know want any some more much also him himself herself
    give gimme quick quickly rundown short brief briefly summarize tell told let lets
    heard hear know knew think thought wondering wonder guess maybe perhaps anyone someone
    something anything thing things stuff kind sort bit little lot lots already still
    even ever only just also too well then than there here where's when's who's one ones
    will would should shall might must may need needs want wanted wants going gonna wanna
    look looking find found see seen mean means meant said say says way ways really pretty
    quite much many more most some any every each other others another such same own
    concretement franchement bref genre truc trucs machin vraiment juste seulement aussi
    encore toujours jamais rien tout tous toute toutes chose choses fois peu beaucoup trop
    assez plutot ainsi alors donc car mais puis ensuite deja bien mal mieux etc voir vu
    savoir sais sait dis dites dire moi besoin veux voudrais aimerais cherche trouver
    retrouver
    asln b dabt bdabt wa9ila ya3ni yani bhal kifma walakin daba db chwiya bzzaf kolchi
    kamel kamlin kamla kamlen chi haja hajat 3afak 3afakom afak fach bach ila ghi ghir
    rah raha rani
    kaydir kaydiro kaydirou katdir kandir maykounouch maykonouch maykounch
    don doesn didn isn wasn aren weren couldn shouldn wouldn
    devenir deviennent devient deviens become becomes becoming
    faisait faisaient faisons faites soit soient
    راه راني شي فشي حاجة غير بزاف شوية دابا يعني بحال كاملين كامل كاملة كلشي واقيلا ياك
    بعد قبل خويا
    خوتي صاحبي khoya khouya khti sahbi sa7bi tdar tdarat tdart dar daro dart تدار تدارت
    t9amat t9ama tqamat tqama تقامت تقام t9am tqam t3a9ad t3a9dat t3e9ed t3e9det tn3a9ad
    tn3a9dat n3a9ad n3a9dat in3a9ad in3a9dat
    اتعملت اتعمل اتعملو
    ده دي دا دول عايز عايزة عاوز عاوزة طبيعة صحيح صدق يتطلب تتطلب يتطلبش
    جلس جلست جلسن جلسوا جلسو جالسين تخبرني تخبرنا اخبرني أخبرني خبرني بما عما فيما قدمه
    مانبقاش مانبقاوش نبقى نبقاو nb9a nb9aw mab9ach manb9ach nb9ach mab9awch
    كيكون كتكون كيكونو تكون يكون ملي mli mlli darou 7sab
    جنب بجنب بجانب حدا مكتوبة المكتوبة مكتوب المكتوب المذكورة المذكور الوارد الواردة
    fih fiha fihom 3lih 3liha 3lihom lih liha lihom howa hiya houwa hia homa homa dabt tdir
    dir ndir ydir liya lia lik lina big
    دارو دارت من عند عندهم عندو عندها فيه فيها فيهم ليه ليها ليهم عليه عليها عليهم منها منهم
    هادشي هاذ هذا هاذي ذلك تلك هناك هنا كاين كاينين
    ok okay oki dacc daccord wakha واخا concrete concret concrets concretes
    بس جد بجد vrai
    بيها بيه بيهم فالاخير فالآخر اخيرا
    لم يكن تكن يكونوا وفي وعلى وعن
    etes during اثناء طوال fan fans admirateur admiratrice معجب معجبه معجبين mo3jab
    kant total totale نوعها نوعه
    exactement exactly precisement precisely actually vraiment really svp stp please
    just like so get got please have has had into as who's whats what's lot beaucoup bzaf
    very r ur ya abt bout tho bc cuz coz per urself yourself yourselves themselves oneself
    call called named name names title titled intitule intitulee titre nom noms smiythom smiyathom
    appelle sappelle appellent sappellent appelait sappelait appele
    3ndhom 3ndha 3ndo 3ndna m3ahom m3aha m3ah m3ana ydirou ydiro dirou diro
    mate helpful top super cool awesome genial parfait nickel excellent bravo merveilleux
    sans people persons deux two jouj joj جوج زوج اثنين الاثنين smiya smito smiyt smiyto
    smitha smiytha smiytou ism اسم اسمها اسمه عنوان عنوانها بعنوان سميت تسمي يسمي المسماه
    wach dyal dial diyal d f fi l li lli had hadchi hadi hada kayn kayna kayen kan kanet
    kanou kano kanu bghit bghina bghit ana nta nti huwa hiya homa chi m3a 3la o w wla mn men b bach
    ila ghir daba goul gouli gol golia n3ref n3raf 3ref 3raf ghadi
    في على عن الى إلى و هل هو هي هم هذا هذه هاد هادي هادو ديال د ف ب ل كان كانت كانو تم قد
    لقد ان أن إن التي الذي اللي لي واش كاين كاينه كاينة بغيت نعرف اعرف أعرف عرف حول او أو
    ثم كل بعض شي اي أي ايضا أيضا ممكن يمكن يمكنني عندي عندكم لنا لي ولا مع
    ولا""".split()
    )
    # Where people read of the summit ("quoted in the press coverage", "le sigle MENAT dans
    # l'article", "الوارد في المقال": mentioned in it): the source of every fact, not what is
    # asked. A press contact still finds its entry by "contact".
    | frozenset(
        """presse press coverage couverture article articles
        الوارد الواردة المذكور المذكورة الصحافة فالصحافة بالصحافة الصحفية التغطية""".split()
    )
    | frozenset(
        # Idioms of laughter, impatience, boredom and praise ("mort de rire", "mto b de7k",
        # "أموت شوقا", "that panel slayed"): the safety check reads every message before
        # matching, so for matching they only wrap the question.
        """mort morte morts meurs meurt rire ptdr mdrr envie impatience impatient impatiente
    mto mout nmout de7k d7k dde7k dd7k dahk ddahk hh hhh hhhh ktelni ktlni 9telni qtelni
    kiy9tel kay9tel kat9tel kiqtel
    اموت نموت موت مت ضحك بالضحك الضحك شوقا شوق قتلني قتلها قتلتني قتل قاتله الملل بالملل
    فرحه بالفرحه اطير تقبرني تقبريني متت ضحكت ضحكني ضحكتني mtt bdde7k bd7k bde7k
    dying die dead killing killed killer slayed slay laughing lmfao rofl""".split()
    )
    | frozenset(
        # Chat spelling and fillers: SMS French, chat English, Darija in both scripts. Each is a
        # word that says how someone writes, never what they ask about.
        """jsuis jsui jsais jpense jme jle jles jdis jcrois jai jaurais jvoulais jvoudrais
    jaimerais jaimerai aimerai aimerait souhaite souhaiterais souhaiterai souhaitons
    voulu voulais voulions pourriez pouvez pourrais auriez aurais
    cest cetait cetaient yavait ct kil kils quil quils quelqun qqn qq
    dsl desole desolee deranger derangement bcp bcq tt tte ts ds dc mm vs ns pcq pq
    ptet ptetre tjrs jms mdr lol ptdr xd hihi hehe haha bref voila euh heu ben bah
    entendu entendre lu lire vu croi crois pense surtout vraiment exacte exact
    exactement precise precisement precis preci justement enfin
    gros grosso modo general generale globalement
    ici dessus dessous autour lors pendant durant afin svp
    monsieur madame mme mr mlle messieurs dames cordialement respectueusement
    salutations remerciements remercie obligeance amabilite avance davance infiniment
    permets permet prie veuillez
    whn wen wat wht wut r ur ya yr abt bout bcoz cuz coz bc tho tbh idk imo btw fyi teh hte adn
    da dat
    pls plz plse pleas ppl smthg sth smth sb sm im ive ill id youre theyre theres
    there's here's that's it's whether either both all whole any anyone anybody
    lol lmao haha hehe omg ta bro dude sis guys anyway anyways sinon lmohim lmohim المهم
    basically literally actually honestly kinda sorta like just quick quickly
    exact exactly precisely specifically particular particularly overall general generally
    nutshell brief briefly short shortly couple few plain simple simply words sentence
    sentences para paragraph intro piece writeup
    writing write wrote written filing file deadline tonight today tomorrow yesterday
    now week weekend back home
    keep keeps kept put putting get getting got make making made come came coming
    go going went done doing try trying able sure perfect great
    asking asked ask wonder wondering curious interested interesting interest confirm check
    fact facts idea clue details detail bits
    wa7ed wahed wa7da wahda wahda bjoj b7al bhal kanbghi kanbgho kanbghiw bghit bghina
    bghaw n3ref n3rf n3raf na3ref nfhem nfham fhemt fhmt fhmtch sme3t sm3t smaat smat
    smeat chft chaft chouft chofte 3reft 3refti 3reftou dkarlna gali galt galti galtli
    galha galo golt t9der t9dar tqder 3tini atini 3tina 3andi 3ndi 3ndk 3andek 3ndkom
    dima dayman bzf bzzf bzef bezaf kolchi kol mn men dak dik dok hadak hadik
    hadok hado hadou haka hakak hta 7ta 7it hit 7ite hitach 7itach wa walakin walaken
    ah ih iyeh iya la2 sahbi sa7bi sahbti sa7bti khoya khouya bro lfriq
    kanchouf kanchof kanfollowi kantsna kan9ra kanqra kandir kanktb kankteb
    ana nta nti ntoma 7na hna homa huma hoa hia
    بلي باش حيت حتى بلا غير داك ديك ديالو ديالها ديالهم ديالي ديالنا ديالك ديالكم
    كنت كنا كانو كانوا بصح صراحة بالضبط ضبط تقريبا فقط فحسب فعلا مثلا
    سمعت وسمعت سمعنا شفت قريت وقرات قرات بغيت وبغيت باغي باغيه كنبغي نعرف نفهم نسول
    انا وانا احنا حنا انتما ليا ليك ليكم لينا معايا معاك
    وشنو وشكون ومن وفين وعلاش وكيفاش وشحال وامتى وماذا ومتى واين وكيف ولماذا وهل فهل
    عافاك عفاك الله ورحمه وبركاته طيبه
    وشكرا جزيلا بزاف بزااف عاد ايوا يالاه واخا اه
    اود اريد ارغب وارغب واود اتمني اتساءل اسال اسأل سؤال سوال اعرف معرفه
    ايضا كذلك فقط لكن لكني بخصوص بشان بشأن مثل
    بالتحديد تحديدا بالظبط بالضبط kbir kbira kbar
    بالنسبة sifa 3amma 3amatan بصفة عموما اجمالا إجمالا
    oui ouais yeah yep yup yes تفعل يفعل نفعل parmi among توجد يوجد طريقه طرق اجل مسبقا
    pendent بشكل عام propre propres خاص الخاص خاصه idee idees فكره الفكره افكار الافكار
    kaygolo kaygoulo kayqolo نبقاوش kadir katdir kaydiro اصلا aslan royaume passait
    beforehand كيديرو كيدير كتدير كنديرو كدير كديرو دير
    kaydiroh kaydirouh kaydiroha kaydirha daroh darouh mara marra هيك بيعملوا بيعملو
    تبلغ يبلغ بسيطه كتدوز تدوز كندوز يشمل تشمل يضم تضم مصطلح المصطلح
    عطني اديني إديني اعطني
    offre offrir offert provide provides providing تقدم تقدمها يقدم توفر يوفر توفير katwfer
    kat9dem suis
    petit petite petits petites dois doit certaine certain curiosite curieux
    curieuse type types ci chacun chacune each dont rappeler rappelle remind saw show
    montrer explain explique-moi copine copines amie amis ami friend friends pote potes
    lies lie liee liees related linked connected connect علاقه علاقة 3ela9a 3la9a
    sat siegeait sieger seated sitting
    كثيرا كثير وما وعن وواش لمن احتاج أحتاج نحتاج تما تمة ثمة tma tmma thmma temma
    سميتو سميتها سميته صفه بصفته بصفتها كاع ga3 wa7d wahd wa7id dbt nwerri nwarri
    قسم القسم علم لغه اللغة
    3tat a3tat 3taw facon maniere apelle sapelle sif nfs tla3 tl3at tal3in asma2 lasma2
    كامله كامل 9tare7 qtare7 9tar7at qtar7at
    complet complete communiquer communiquez everyone else vie تضمنت تضمن
    included include comprenait معا هاداك هاديك هادوك خاصنا khassna نصاوبو يتصاوبو نديرو
    كنصاوب case constantly constamment تعود ذات تولد درس لدرس
    mademoiselle ecrire tombe betise termine manque defendue consacre consacree dedicated
    devoted ignore eclairer dun trois three tlata ثلاثه ثلاث high prepare preparing
    kanwjjed kanwajed كنوجد news podcast poss true around inquiete inquiet worried
    khayf khayfa خايف خايفه كنخاف قلق قلقه يسالني يسألني كيسولوني kaysawlouni المرضى
    patients فاتتني فاتني fatetni fatetni missed ستاج فكل مزروب mzroub mzrob
    لبنت لبنتي لولدي مدربه مدرب تنميه ذاتيه يا بيك counsellor counselor conseillere
    beauty lifestyle based uk الاحظ ألاحظ teneur attentive connaitre
    bent bnti wldi weldi dakchi kolo kollo ola kaynin kaynine ceux celles celui 7attou 7ato
    hattou بجوج bjouj اللذان اللتان الشخصان شخصان شخصين الشخصين confond confonds
    didnt grad hold holding if ارجو نرجو افادتي إفادتي افادتنا مضمون بمضمون فيما يخص تخص
    نشاط نشاطا اشرح أشرح نشرح خامس الخامس اسبوع الاسبوع ابتداييه الابتدايي اعدادي
    autre autres hein urself suggest suggested suggests عطا عطات عطاو
    veut veulent voulait brievement وكان وكانت منهما كلاهما folks folk pu kelque quelque
    kont kunt maarftch ma3rftch ma3reftch nla7eq 3rfti nbe7tou nbe7to aime
    الاعدادي وقلق كتدار كيدوزو كيدوزوه كيقضيو كتقضي وكتقضي يقضون يقضي
    consistait consiste consister consisted categorie categories sest directly side
    ينتمي تنتمي ينتمون belongs belong appartient بين company entreprise societe firm
    شركه bother donnez donnes""".split()
    )
    | frozenset(
        # Who the writer is ("I'm a journalist", "je suis maman", "أنا طبيب عام", "ana talib"):
        # people introduce themselves before asking, and the pack answers no one differently.
        """journalist journalists journaliste journalistes reporter reporters editor editors
    correspondent freelance freelancer blogger blog newsletter podcaster radio tv
    paper newspaper magazine supplement desk outlet feature
    student students etudiant etudiante etudiants etudiantes eleve eleves pupil pupils
    lyceen lyceens lyceenne collegien teacher teachers teach teaching enseignant
    enseignante enseignants instit institutrice instituteur professeure
    school schools ecole college lycee fac faculte uni licence master
    class classe classes cours lesson lessons seance sequence pedagogique worksheet fiche
    expose exposé memoire memoir these thesis presentation project projet tpe
     report rapport research recherche researcher chercheur chercheuse
    maman mama mamma mom mum mommy papa dad daddy father mother pere mere
    grand-mere grand-pere grandmother grandfather grand grandma grandpa grandchildren
    fils fille filles daughter daughters son sons soeur frere sister brother cousin
    cousine tante oncle aunt uncle niece nephew wife husband
    retraite retraitee retired pensioner ancien ancienne ex
    ngo ngos ong ongs association charity nonprofit volunteer benevole coordinator
    coordinatrice chargee charge com communication comms officer manager
    ans an years
    talib taliba tlamed tlamid ostad ostada oustad oustada bba baba
    1bac 2bac bac terminale
    طالب طالبه طلبه تلميذ تلميذه تلاميذ استاذ استاذه استاد استادة معلم معلمه مدرس
    مدرسه ماستر اجازه دكتوراه بحث تقرير عرض مذكره صحفي صحفيه صحافي
    ام اب ابي امي بنت بنتي ولدي وليدي خويا ختي اخي اختي جده جد زوجي زوجتي
    yourself myself themselves herself himself itself oneself ourselves rasha rasou rasso
    rassek براسو راسها نفسه نفسها انفسهم
    fais gens ناس الناس عناوين العناوين hsab حسب selon according bdbt
    bdebt walo si fut furent sghir sghira 3ando 3andha 3andhom واحد وحده وحدة
    ktbo ktbou kteb ktbat ktebt ktbou mktoub مكتوب كتبو dyalha dyalo dyalou dyalhom dyali
    dyalna dyalkom dyalk full surname bli بأن بان لأن لان انه انها بانه اليها اليه الذين
    اللذين اللواتي اللاتي هما هن عامه لدي لدى
    كنخدم كنقرا كنكتب كنحضر كنلاحظ اشتغل اعمل مهتم ومهتم مهتمه اهتم أهتم
    infirmiere infirmier nurse ممرضه ممرض فرمليه fermliya coach gamer marketing
    informatique geo geographie philo philosophie فلسفه english anglais arabe
    متقاعد متقاعده retraitee""".split()
    )
    | frozenset(
        # How a speaker relates to something ("liés à", "لهم صلة ب", "تابع ل", "3ndhom 3ala9a
        # b"): what they relate to is the question, the link says nothing. Also "this" with
        # "in", "by" glued on in Darija ("فهاد القمة"), "anyone" ("شي حد") and the "comme"
        # of "quoi comme région", which asks "which region".
        """صله صلة لهم لها له مرتبط مرتبطه مرتبطين المرتبطين المرتبطون مرتبطون تابع تابعه
    تابعين التابعين التابعون تابعون 3ala9a 3ala9at 3la9at mrtabtin mertabtin mrtabet mrtabta
    tab3in tab3a tabe3 affiliated associated associe associes associee associees tied
    فهاد فهادي فهاذ بهاد بهادي لهاد لهادي فهاديك فداك حد حدا 7ed comme
    hadouk hadouma hadoum hadoma houma""".split()
    )
    | frozenset(
        # Asking for it rather than what it is: "عطيني", "donne-moi", "أريد الاطلاع على", "les
        # noms" ("سميات"), "that were dealt with" ("li t9ado"): the list asked for is in the
        # rest.
        """عطيني عطينا اعطيني أعطني اعطني تعطيني تعطينا تعطيوني
    اطلاع الاطلاع اطلع نطلع سميات السميات سمياتهم
    donne donnez donner t9ado t9aw t9addmo t9adimo t9admo
    اجمالي الاجمالي الإجمالي معاهم معاها معاه المذكورين المذكورة
    المذكور صاحبا rattache rattachee rattaches rattachees 9tara7 qtara7 9tara7at iqtara7
    ikhtisar باختصار wats wuts whts right teh
    scene stage estrade""".split()
    )
    | frozenset(
        # What long messages wrap the question in: the app they mean, the paper, the details,
        # who told them, what they found, in any script.
        """application applications appli applis lappli app apps تطبيق التطبيق تطبيقات
    boucle papier confirmer confirmez verif verifier seul seule friand friands devant anime
    read study studying somewhere voice down
    galina golna galna ndiro l9it lqit l9ito kan7eb kan7ebo nstadfo tafasil btafasil
    bin binathom
    بها به الوارده وارده الواردة واردة واحضر أحضر احضر نحضر تقريرا بحثا تحيه تحية كليه
    كلية فاك الفاك تفاصيل بالتفصيل 3mrhom 3omrhom 3emmrhom galtha galouha 9altha moderatrice
    ncharek nchareko vient صاحبة صاحبه
    الاخرين الآخرين اخرين آخرين اخري باحث باحثه واكتب اكتب أكتب ورقه ورقة تشرح طب تخصصات
    واحدة واحده طلعو tal3o 9trahat qtrahat 9tarhat life reel reels ustada ustad gp
    t3mlat t3amlat t3emlat tt3amlat t3a9dat t3aqdat daroha darouha darha
    jconnais jconnait jcomprends jcomprend comprends
    parait installe simplement interesse parce compris demandais prefere existe existent
    exist exists existait prenom prenoms passer cote yo allo re galia galiya t3tini
    ta3tini kaygoul katgoul kaygoulo kansm3 kansma3 كنسمع كنسمعو تقديم لتقديم تزويد
    واريد واعد ادرس عنها عنه عنهم ديما
    actual agit agissait agissaient grande sa7 bsa7 wlidi feel feels felt aiderait
    again 7aja l7aja pouvait pouvaient vouloir qqpart avaient occasion l'occasion
    خلال اراد ارادت ارادو ارادوا يريد تريد يريدون""".split()
    )
)

# Verbs that say an event happened ("held", "s'est déroulé", "انعقدت"): like the event's own
# name they tell nothing about which fact is asked for, so they count as context.
EVENT_VERBS = frozenset(
    """held hold took place deroule deroulee tenu tenue tdar tdarat tdart انعقدت انعقد
    عقدت عقد دارت passe passait انعقاد انعقادها تنعقد تعقدات تعقدت اتعقدات اقيمت اقيم تقام
    جرت تلاقاو تلاقو اجتمعوا اجتمعو tla9aw tla9o tlaqaw jtam3o jtam3ou happen happened
    happening occur occurred""".split()
)

# Multi-word expressions read as one word before matching (written as people type them).
# "tell me about the event" asks for an overview, and "parle" alone is "spoke": the phrase
# becomes a question word of its own.
# "Vrai ou faux ?", "true or false?": a yes/no question's tag, whose "or" offers no choice and
# whose "false" asks about nothing (folded).
TRUE_OR_FALSE = ("vrai ou faux", "true or false", "sa7 wla ghalat", "صح ولا غلط", "صح ام خطا")

PHRASES: dict[str, tuple[str, ...]] = {
    # French "la fin" is the end, not Darija "fin" (where).
    "end": ("la fin", "de la fin", "en fin"),
    # "Keep up with the news" follows it; it is no "what's up".
    "follow": ("keep up with", "keep up to date", "stay up to date", "stay updated"),
    # "La table ronde numéro un" is the first, not a phone number; "awel mra" the first time,
    # not a woman.
    "#1": (
        "awel mra",
        "awwel mra",
        "lawel mra",
        "awel mera",
        "awal mara",
        "awel marra",
        "lawel mera",
        "اول مره",
        "premiere fois",
        "first time",
        "numero un",
        "numero 1",
        "number one",
        "number 1",
        "n 1",
        "raqm 1",
        "رقم 1",
        "رقم واحد",
    ),
    "#2": (
        "numero deux",
        "numero 2",
        "number two",
        "number 2",
        "n 2",
        "raqm 2",
        "رقم 2",
        "رقم اثنين",
        # "La deuxième fois", "المرة التانية": the second time ("مرة ثانية" alone is
        # "again").
        "deuxieme fois",
        "2eme fois",
        "2e fois",
        "second time",
        "2nd time",
        "tani mra",
        "tani merra",
        "تاني مره",
        "ثاني مره",
        "المره الثانيه",
        "المره التانيه",
    ),
    # "Talet mra", "troisième fois": the third time.
    "#3": (
        "تالت مره",
        "ثالث مره",
        "المره الثالثه",
        "المره التالته",
        "talet mra",
        "talet mera",
        "troisieme fois",
        "third time",
    ),
    # "Les 2 tables rondes" counts them; it is not "la 2e table ronde".
    "@panel": (
        "2 tables rondes",
        "2 tables",
        "2 panels",
        "les 2 panels",
        "deux tables rondes",
        "2 round tables",
        "two round tables",
        "two panels",
        "both panels",
        "both round tables",
        "jouj tables rondes",
        "jouj panels",
        "jouj tables",
        "الطاولتين",
        "الطاولتين المستديرتين",
        "طاولتان مستديرتان",
        "طاولتان",
        "الجلستين",
        "جوج طاولات",
        "جوج طابلات",
    ),
    # "Elle s'appelle comment ?" asks her name, not how.
    "?what": (
        # "Qu'a apporté Doe ?", "qu'ont proposé les psys ?": what, before its verb.
        "qu a",
        "qu ont",
        "s appelle comment",
        "sappelle comment",
        "s apelle comment",
        "s appellent comment",
        "sappellent comment",
        "comment s appelle",
        "comment sappelle",
        "comment s appellent",
        # "m'expliquer ce qu'était ce sommet": what it was.
        "ce qu etait",
        "ce qu est",
        # "What's the deal with Doe?": what about them, no yes or no.
        "whats the deal with",
        "what s the deal with",
        "whats the deal w",
        "what s the deal w",
        # "Qu'est-ce qui a été dit ?", "ce qui a été dit": what, not who.
        "qu est ce qui",
        "quest ce qui",
        "ce qui",
    ),
    "?when": (
        "quel moment",
        "a quel moment",
        "what day",
        "which day",
        "quel jour",
        "f ina nhar",
        "wat day",
        "wich day",
        "شمن نهار",
        "اشمن نهار",
        "achmen nhar",
        "chmen nhar",
        "ach men nhar",
        # SMS French "kel jour".
        "kel jour",
        "kl jour",
        "quel jr",
        "kel jr",
        # SMS French "c t kan" (c'était quand), not Darija "kan" (was).
        "c t kan",
        "ct kan",
        "c etait kan",
        "cetait kan",
        # "Which month", "à quelle période de l'année", "في أي شهر": the date.
        "quel mois",
        "quelle periode",
        "what month",
        "which month",
        "what time of year",
        "what time of the year",
        "اي شهر",
        "شمن شهر",
        "اشمن شهر",
        "achmen chhar",
        "ach men chhar",
        "chmen chhar",
        "f ina chhar",
        # "c'était koi comme jour ?": which day.
        "koi comme jour",
        "quoi comme jour",
        "koi comme date",
        "quoi comme date",
        "chno mn nhar",
        "ach mn nhar",
        "achmen nhar",
        "شمن نهار",
        "اشمن نهار",
        # Levantine "when", read whole: as a word it is one letter from "اقيمت" (held).
        "ايمتى",
        "ايمتا",
    ),
    "?where": ("quel lieu", "which place", "what place"),
    # "A eu lieu" says it took place; "lieu" alone is the place ("date et lieu svp").
    "tenu": (
        "a eu lieu",
        "eu lieu",
        "avoir lieu",
        "ont eu lieu",
        "avait lieu",
        "aura lieu",
        "a lieu",
        "ont lieu",
        "a pris place",
        "take place",
        "takes place",
        "took place",
        "taken place",
        "taking place",
    ),
    # A get-together by any name: "when did the get-together happen?".
    "@event": ("get together", "get-together", "get togethers"),
    # "Who showed up?" asks who attended, not "what's up".
    "@attend": (
        "brought together",
        "showed up",
        "show up",
        "turned up",
        "came along",
        # "Des influenceurs sont venus ?": came, not "venue" (the place).
        "sont venus",
        "sont venues",
        "etaient venus",
    ),
    # "The line-up": who spoke.
    "@speaker": ("line up",),
    # "The number of speakers" counts them; "phone number" stays a contact.
    "?howmuch": ("number of", "the number of", "total number"),
    # "Les intervenants et leurs fonctions", "names and jobs", "مع صفاتهم": the speakers' list
    # gives each one's role; the words ask for no one in particular. Read as "title".
    "title": (
        "their roles",
        "their jobs",
        "their titles",
        "and jobs",
        "and roles",
        "leurs fonctions",
        "leurs rôles",
        "leurs roles",
        "leurs postes",
        "leurs métiers",
        "et fonctions",
        "w chno khdmthom",
        "w khdmthom",
        "w khdmathom",
        "مع صفاتهم",
        "وصفاتهم",
        "صفاتهم",
        "ووظائفهم",
        "مع وظائفهم",
    ),
    # "La tenue de X" is what X wore, not the verb "tenue" (held) that names the event.
    "wear": ("la tenue", "sa tenue", "leur tenue", "quelle tenue", "une tenue", "en tenue"),
    # French "y a-t-il", "il y avait": "there is", not the chat spelling of "why". Read as
    # "ya", a stopword.
    "ya": (
        "il y a",
        "y a",
        "y a t il",
        "y avait",
        "y avait il",
        "y aura",
        "y en a",
        "y en avait",
        "y en aura",
        # ... nor in "on y était", "elle y a parlé": the pronoun "there".
        "on y",
        "j y",
        "n y",
        "s y",
        "l y",
        "nous y",
        "vous y",
        "elle y",
        "ils y",
        "elles y",
        "tu y",
    ),
    # A certificate of attendance is no testimony ("شهادة" is both): a word the pack never
    # uses, for what the article does not say.
    "certificat": (
        "شهادة الحضور",
        "شهادة ديال الحضور",
        "شهادة المشاركة",
        "شهادة ديال المشاركة",
        "شهادة حضور",
        "شهادة مشاركة",
        "chahadat l7odor",
        "chahada dyal l7odor",
        "attestation de présence",
        "attestation de participation",
        "certificate of attendance",
        "certificate of participation",
    ),
    # "the write-up" is the article: where a fact is read, not what is asked ("up" alone is
    # "what's up").
    "article": ("write up", "the write up"),
    # "D'après l'article": according to it, not "after". Where a fact is read is no part of
    # what is asked: "حسب ما ورد في المقال" ("as the article says").
    "selon": (
        "d apres",
        "حسب ما ورد في المقال",
        "حسب ما جاء في المقال",
        "كما ورد في المقال",
        "كما جاء في المقال",
        "ورد في المقال",
        "جاء في المقال",
        "حسب المقال",
        "وفقا للمقال",
        "الواردة في المقال",
        "الوارد في المقال",
        "المذكورة في المقال",
        "المذكور في المقال",
    ),
    # "il se compare tout le temps": always, not a time of day.
    "toujours": ("tout le temps", "tt le temps", "all the time"),
    # How long a summary should be ("en quelques lignes", "في سطرين") says nothing of what
    # it is about: read as the stopword "bref".
    "bref": (
        "en quelques lignes",
        "en quelques mots",
        "en deux mots",
        "en 2 mots",
        "en deux lignes",
        "en 2 lignes",
        "en trois lignes",
        "en 3 lignes",
        "en une phrase",
        "in a few lines",
        "in a few words",
        "in two lines",
        "in 2 lines",
        "in three lines",
        "in one sentence",
        "in a sentence",
        "في سطرين",
        "في بضعة أسطر",
        "في بضع أسطر",
        "في أسطر قليلة",
        "في سطور قليلة",
        "في كلمتين",
        "في جملة",
        "f joj stora",
        "f jouj stora",
        "f chi stora",
        "f joj klmat",
        "f jouj klmat",
        # "tu peux m'aider à trouver le replay ?" asks for the replay.
        "m aider a",
        "m aider à",
        "nous aider a",
        "nous aider à",
    ),
    # "Un lien avec", "a link to": how a speaker relates to something, read as the stopword
    # "lié", so "lien" alone stays the web link people ask for.
    "lie": (
        "lien avec",
        "liens avec",
        "en lien avec",
        "un lien avec",
        "des liens avec",
        "rapport avec",
        "en rapport avec",
        "relation avec",
        "a link to",
        "a link with",
        "links to",
        "links with",
        "ties to",
        "ties with",
        "a connection to",
        "a connection with",
        "connections to",
    ),
    # "من" alone is far more often "from" than "who"; before a pronoun it asks who.
    "?who": (
        # Gulf and Iraqi "منو" (who), which alone is also Darija "from it" ("الوقاية منو").
        "منو اللي",
        "منو الي",
        "منو هو",
        "منو هي",
        "منو هم",
        "من هو",
        "من هي",
        "من هم",
        "من هن",
        "من الذي",
        "من التي",
        "من الذين",
        # Gulf "منو" is who before "اللي" or a pronoun; alone, in Darija, it is "from it".
        "منو اللي",
        "ومنو اللي",
        "منو الي",
        "منو هو",
        "منو هي",
        "منو هم",
    ),
    "?about": (
        # "What was it about?" with nothing else: "it" is the event the bot is about.
        "what was it about",
        "what was it even about",
        "what is it about",
        "what s it about",
        "whats it about",
        "what was that about",
        "what s that about",
        "whats that about",
        "it was about what",
        "c etait sur quoi",
        "c etait a propos de quoi",
        "3la ach kant",
        "3la chno kant",
        "3la ach kan",
        "3la chno kan",
        "على شنو كانت",
        "على اش كانت",
        "portait sur",
        "portaient sur",
        "porte sur",
        "portent sur",
        "parle moi",
        "parlez moi",
        "parle nous",
        "parlez nous",
        "dis moi plus",
        "tell me about",
        "tell me more about",
        "talk to me about",
        "hdr m3aya 3la",
        "3tini m3lomat 3la",
        "présente moi",
        "presentez moi",
        "présente nous",
        "decris moi",
        "resume moi",
        "resumez moi",
        "explique moi",
        "expliquez moi",
        "m expliquer",
        "nous expliquer",
        "brief me on",
        "fill me in on",
        "explain to me",
        # "Explain", "chre7 liya", "اشرح لي": tell me about.
        "explain",
        "explain it",
        "chre7 liya",
        "chre7 lia",
        "chra7 liya",
        "chrah liya",
        "chre7li",
        "chra7li",
        "chrahli",
        "شرح ليا",
        "شرح لي",
        "اشرح لي",
        "اشرحي لي",
        "شرحلي",
        "شرحي ليا",
        "tl dr",
        "tldr",
        "les grandes lignes",
        "grandes lignes",
        "in a nutshell",
        "3tini fikra 3la",
        "3tini fekra 3la",
        "عطيني فكرة على",
        "اعطيني فكرة عن",
        "اعطني فكرة عن",
        "حدثني عن",
        "حدثنا عن",
        "عطيني معلومات على",
        # "Les 2 panels portaient sur quoi ?"
        "portaient sur",
        "portait sur",
        "porte sur",
        "portent sur",
        # "حدثني باختصار عن...", "7kili 3la...".
        "حدثني",
        "حدثنا",
        "احكيلي",
        "7kili",
        "hkili",
    ),
    # "Au sujet des parents" is about parents, not about a topic; read as a stopword.
    "concernant": (
        "au sujet de",
        "au sujet des",
        "au sujet du",
        "a propos de",
        "a propos des",
        "a propos du",
        "par rapport a",
        "par rapport au",
        "par rapport aux",
        # "Qui a abordé la question de la stigmatisation ?": the stigma is the subject.
        "la question de",
        "la question des",
        "la question du",
        "the question of",
        "the issue of",
        "مسألة",
        "قضية",
    ),
    # Politeness in several words, read as "svp": "c'est quand s'il te plaît ?".
    "svp": ("s il vous plait", "s il te plait", "sil vous plait", "sil te plait", "si te plait"),
    # What a bot can do: "qu'est-ce que tu sais faire ?" (both words are stopwords).
    "@can": ("sais faire", "savez faire", "sait faire"),
    # What a bot is, in several words: "une vraie personne ou une IA ?".
    "robot": (
        "intelligence artificielle",
        "artificial intelligence",
        "vraie personne",
        "une vraie personne",
        "real person",
        "a real person",
        "real human",
        "un humain",
        "a human",
        "chat bot",
        "ذكاء اصطناعي",
        "الذكاء الاصطناعي",
        "انسان حقيقي",
        "إنسان حقيقي",
        "بنادم حقيقي",
    ),
    # Fillers of several words, read as the filler "voila": "en effet" is not an effect; "t'es
    # un robot ou quoi ?" asks nothing where.
    "voila": (
        "ou quoi",
        "en effet",
        "en fait",
        "du coup",
        "en gros",
        "au fait",
        "de toute facon",
        "by the way",
        "y n",
        "yes or no",
        *TRUE_OR_FALSE,
        # SMS "pr" is "pour" before an article or a pronoun; before a name it is a title.
        "pr les",
        "pr la",
        "pr le",
        "pr l",
        "pr ton",
        "pr ta",
        "pr tes",
        "pr vos",
        "pr votre",
        "pr moi",
        "pr toi",
        "pr nous",
        "pr vous",
        # MSA "كان عبارة عن" is "was a...", no quote.
        "عباره عن",
        # "One after the other" says how to tell them, not when.
        "one after the other",
        "one by one",
        "l une apres l autre",
        "une par une",
        "wa7da mor lokhra",
        "wa7da b wa7da",
        "وحدة بوحدة",
        "واحدة تلو الأخرى",
        "واحده تلو الاخرى",
    ),
    # Verbs of saying in several words: "she pointed out", "a mis en lumière".
    "@spoke": (
        # "Came up with", "put forward": proposed.
        "came up with",
        "come up with",
        "put forward",
        # Taking the floor, going on stage: "combien de personnes ont pris la parole ?".
        "pris la parole",
        "prendre la parole",
        "pris le micro",
        "sur scene",
        "on stage",
        "took the floor",
        "f l scene",
        "3la l scene",
        "pointed out",
        "brought up",
        "bring up",
        "bringing up",
        "bring it up",
        "made the case",
        "mis en lumiere",
        "mis en lumière",
        "mis en avant",
        "wrat",
        "werrat",
        "defendait",
        "defendu",
        "defend",
        "defendre",
        "defended",
        "advocated",
        "mise en avant",
        "mises en avant",
        "met en avant",
        "mettre en avant",
        # Darija "what did she mean": "اشنو بغات تقول", not what she wanted (a goal).
        "بغات تقول",
        "بغا يقول",
        "bghat tgoul",
        "bghat tgol",
        "bgha ygoul",
        # "Opened up about his story": told it, not "opened" (the start).
        "opened up",
        "opens up",
        "open up",
    ),
    # "On m'a parlé d'un sommet", "I heard about", "سمعت على": how the asker learnt of it, not
    # who spoke at it. Read as "entendu", a stopword.
    "entendu": (
        "entendu parler",
        "m a parle",
        "ma parle",
        "m ont parle",
        "mont parle",
        "heard about",
        "heard of",
        "told me about",
        "sme3t 3la",
        "sm3t 3la",
        "سمعت على",
        "سمعت عن",
    ),
    # Small talk said in several words reads as the one word the pack's small talk uses.
    # "إلى اللقاء" is goodbye, not "the meeting" (اللقاء, the event); "au revoir" is not
    # "revoir" (watch again); "bonne journée" is not the day of the event.
    "bslama": (
        "الى اللقاء",
        "إلى اللقاء",
        "الي اللقاء",
        "ila lli9a2",
        "ila l'li9a2",
        "ila lliqa",
        "au revoir",
        "see ya",
        "see u",
        "cya",
        "have a good one",
        "have a nice day",
        "have a good day",
        "bonne journée",
        "bonne nuit",
        "à bientôt",
        "a bientot",
        "à plus tard",
        "a plus tard",
        "à la prochaine",
        "bonne continuation",
        "tchao",
        "نتلاقاو",
        "في أمان الله",
        "فأمان الله",
        # Darija wishes a good day.
        "تصبح على خير",
        "نهارك زين",
        "نهارك مبروك",
        "نهاركم مبروك",
        "nhark zin",
        "nharek zin",
        "nharkom zin",
        "nhark mabrouk",
        "nharek mabrouk",
    ),
    "merci": (
        "je vous remercie",
        "je te remercie",
        "merci infiniment",
        "merci pour tout",
        "merci pour les infos",
        "merci pour ces infos",
        "merci pour l'info",
        "merci pour les informations",
        "merci pour l'aide",
        "merci pour votre aide",
        "merci 3la l'info",
        "thank u",
        "thanx",
        "thnx",
        "thanks for the info",
        "thanks for the information",
        "thanks for the help",
        "thanks for everything",
        "ur the best",
        "you're the best",
        "you are the best",
        "you rock",
        "you're awesome",
        "ur awesome",
        "you are awesome",
        "yatik sa7a",
        "ya3tik sa7a",
        "y3tik sa7a",
        "allah y3tik sa7a",
        "lah y7fdek",
        "allah y7fdek",
        "lah ykhlik",
        "يعطيك الصحة",
        "الله يعطيك الصحة",
        "الله يحفظك",
        "الله يخليك",
        "تبارك الله عليك",
        "تبارك الله",
        "جزاك الله خيرا",
        "جزاك الله خير",
        "شكرا على المعلومات",
        "شكرا على المعلومة",
        "شكرا على المساعدة",
        "ممتاز شكرا",
        "t3llamt",
        "t3lemt",
        "t3allamt",
        "الله يعاونك",
        "يعاونك",
        "utile",
        "utiles",
        "useful",
        "helpful",
        "شكرا جزيلا على المعلومات",
        "شكرا بزاف على المعلومات",
        "شكرا جزيلا على المساعدة",
        "على المساعدة",
        "معلومات مفيدة",
        "مفيدة جدا",
        "مفيد جدا",
        "ما قصرت",
        "ما قصرتي",
        "ماقصرت",
    ),
    # Not "hiya": in Darija it is "she" ("chkoun hiya").
    "hello": ("heya", "howdy", "hallo", "good afternoon", "good day", "wa alaykom salam"),
    "cava": (
        "ca va",
        "ça va",
        "sa va",
        "cv",
        "comment allez vous",
        "vous allez bien",
        "comment vas tu",
        "tu vas bien",
        "how are you",
        "how are u",
        "how r you",
        "how r u",
        "how ru",
    ),
}

# Words that open a yes/no question ("did Doe talk about parents?", "wach hdrat 3la...",
# "هل تحدثت..."), folded. Only a question about a named person gets a yes or a no.
YES_NO = frozenset(
    """did does do is was were has have are est estce wach wash was ach hal هل واش
    وهل فهل صحيح صدق""".split()
)

# "Or" between two choices: "Fès ou Agadir ?" asks which, not yes or no (folded).
ALTERNATIVES = frozenset("ou or wla wela ola walla wella ولا او أو".split())

# Words that rule out what follows: "the speakers who are not doctors".
NEGATORS = frozenset(
    """not non pas sans aren't weren't isn't wasn't arent werent isnt wasnt except sauf
    machi mashi mchi ماشي غير ليس ليسوا ليست بدون ماشيش outside hors dehors خارج barra
    rather instead
    kanouch kanoch kanch makanouch makanoch makanch ماكانوش كانوش ماكانش وليس وليسوا
    ni neither لم مش مو mich mish msh""".split()
)

# Auxiliaries among those: they open a question at the start of a sentence or before its
# subject ("... in Paris was it Acme or the ministry?"), not inside a statement ("what
# was said", "panel 2 was about stigma?", "quel expert est présenté comme...").
AUXILIARIES = frozenset("did does do is was were has have are est".split())
SUBJECT_PRONOUNS = frozenset("it there they he she this that you we i il elle ce".split())

# "Only doctors?" asks whether nobody else was there: a fact that names doctors is no "yes".
# What links someone to where they work: "works for", "bosse chez", "khdama f", "تعمل لدى".
# The word after it names the employer, which a card either holds or does not.
EMPLOYED_BY = frozenset("for at with chez pour avec f fi m3a mea في ف مع لدى عند".split())

ONLY = frozenset("only just seulement uniquement juste ghir gha غير فقط".split())
ONLY_PHRASES = (
    "que des",
    "que les",
    "k des",
    "ke des",
    "que pour",
    "k pour",
    "ke pour",
    "qu avec",
)

# How people start saying who they are: "je suis", "moi c'est", "I'm", "ana", "أنا".
INTRODUCTIONS = (
    "je suis|jsuis|j suis|chui|moi c est|je m appelle|jm appelle|i m|im|i am|my name is|ana"
    "|انا|اسمي|smiti"
).split("|")
# ... where a clause of one ends ("ana prof w bghit n3ref..."), and the words after "ana" that
# say what comes, not who asks: "ana bghit n3ref", "أنا عندي سؤال", "أنا مهتمة بـ...".
CLAUSE_STARTS = frozenset("et and w o و mais but walakin qui who li lli اللي الذي التي".split())
NOT_WHO = frozenset(
    """bghit kanbghi baghi baghya 3ndi 3andi bghina بغيت كنبغي باغي باغية عندي مهتم مهتمة
    interested interesting intéressé intéressée intéressant mhtam mhtama curious wondering
    looking""".split()
)

# Whose: "... who represented Acme and what her role was" asks her role, not roles at large.
POSSESSIVES = frozenset(
    "her his their its sa son ses leur leurs dyalha dyalo dyalou dyalhom".split()
)

# Whole words that only look inflected: بسلامة (goodbye) is not ب + سلامة (safety).
ARABIC_UNSTEMMED = frozenset({"بسلامة", "باختصار"})

# Words that open a question asked inside a sentence: "I need to know if there is a replay",
# "je voudrais savoir si c'était gratuit", "bghit n3ref ila kan chi video" (folded).
# "All of them", "everyone": a question about people that asks for every one of them.
EVERYONE = frozenset(
    "everyone everybody all tous toutes chacun chacune kamlin kamline kolhom jami3 جميع كل كلهم "
    "جميعا كاملين كاع ga3".split()
)
# French verbs of knowing and telling before "ce que": "savoir ce qu'ils ont dit" asks what.
TO_KNOW = frozenset(
    """savoir sais sait dire dis dites comprendre connaitre rappeler expliquer explique
    expliquez expliquer raconter raconte racontez resumer resume resumez know n3ref n3rf
    na3ref نعرف اعرف""".split()
)
EMBEDDED_QUESTION = frozenset("if whether si ila اذا إذا".split())

# Words that start what follows a question in a run-on message with no punctuation: the
# reason ("parce que ma fille me dit..."), an objection ("mais moi je crois..."), folded.
AFTER_QUESTION = frozenset(
    """parce pcq pck because bc bcoz cuz coz car puisque mais but 7it 7ite hitach 7itach
    walakin walaken حيت حيث لان لأن لكن ولكن بحكم لانني لاني لانه لانها لانهم لاننا
    parceque psk prcq afin""".split()
)

# How a message asks, last, what the thing it told of was: "... this app thing in town, can
# you tell me what it was", "... un sommet. Vous pouvez me dire ce que c'était ?" (folded).
WHAT_IT_WAS = (
    "what it was",
    "what it is",
    "what this was",
    "what that was",
    "ce que c etait",
    "ce que cetait",
    "ce que c est",
    "ce que cest",
)

# Endings that make a statement a yes/no question: "Doe psychothérapeute wla la ?",
# "doe psychiatre sa7 ?", "... or not?", "... c'est vrai ?" (folded).
YES_NO_TAILS = (
    "wla la",
    "ola la",
    "or not",
    "ou pas",
    "ou non",
    "sa7",
    "sah",
    "vrai",
    "صح",
    "ولا لا",
    "bien ca",
    "pas vrai",
    "c est ca",
    "cest ca",
    "nest ce pas",
    "correct",
    "right",
    "isnt it",
    "yak",
    "ياك",
    "ou bien",
    "non",
    "no",
    "hein",
    "or nah",
    "or what",
    "wla ach",
    *TRUE_OR_FALSE,
    # "Was it in Agadir or somewhere else?" checks Agadir: no choice between two.
    "somewhere else",
    "elsewhere",
    "ailleurs",
    "autre part",
    "autre ville",
    "another city",
    "blasa khra",
    "blasa okhra",
    "مكان اخر",
    "بلاصه خري",
    "مدينه اخري",
)
# "Il y avait trois tables rondes ?", "kano 4 dyal intervenants?": whether there were, a
# yes/no question however it ends.
THERE_WERE = (
    "il y avait",
    "y avait",
    "il y a eu",
    "y a eu",
    "there were",
    "there was",
    "kano",
    "kanou",
    "kanu",
    "kanet",
    "kant",
    "كانو",
    "كانوا",
    "كانت",
)
# "Were there content creators?", "y avait-il des médecins ?", "واش كانو المؤثرين؟": whether
# people of a kind were there, which the event's participants answer, not the one speaker of
# that kind.
THERE_WERE_ANY = (
    *THERE_WERE,
    "were there",
    "was there",
    "are there",
    "y avait il",
    "y a t il eu",
    "y a t il",
    "wach kano",
    "wach kanou",
    "wach kanu",
    "wach kan",
    "واش كانو",
    "واش كانوا",
    "واش كان",
    "هل كان هناك",
    "هل كانت هناك",
    "هل كان",
    "هل كانت",
    "هل حضر",
)
# "C'était bien ... ?": a statement checked, however long ("c t bien" in SMS).
CHECKING = ("c etait bien", "cetait bien", "c est bien", "cest bien", "c t bien", "ct bien")
# "C'est Doe qui...", "was it Doe who...", "wach Doe li...": a yes/no question about Doe.
CLEFTS = (
    "c est",
    "cest",
    "ce n est pas",
    "was it",
    "is it",
    "it was",
    "est ce",
    "wach hiya",
    "wach howa",
)

# One topic, which a message names before asking about it: "ce sujet", "had lmawdou3",
# "هذا الموضوع". The plural asks for the topics themselves.
ONE_TOPIC = frozenset(
    "sujet theme thematique topic subject issue enjeu mawdou3 lmawdou3 mawdo3 lmawdo3 mawdou"
    " موضوع الموضوع محور المحور مساله المساله قضيه القضيه"
    " mochkil lmochkil mochkila lmochkila مشكل المشكل مشكله المشكله probleme problem".split()
)
# Question words that decide what is asked: "where" must not answer with a date.
INTERROGATIVES = frozenset({"?when", "?where", "?who", "?why", "?howmuch"})

# Greetings and politeness: they count, but little, so "bonjour, quand..." is about "quand".
COURTESY = frozenset(
    """bonjour bonsoir salut slt coucou hello hi hey salam slm merci mrc thanks thank thx
    chokran choukran shukran svp stp please pls plz 3afak afak عافاك شكرا سلام السلام عليكم
    مرحبا
    ty tnx tks mci cheers appreciated hii heyy yo wesh cc bjr bsr re
    ahlan ahla marhba اهلا صباح مساء الخير النور تحيه تحيات تحياتي
    tbarkallah tbarkellah الله يعطيك
    فضلك فضلكم سمحت سمحتي ykhalik ykhlik يخليك
    3likom 3alikom 3alaykom alaykom alikoum 3likoum tysm thnks thks safi gm
    heya azul tanmirt plait هلا هلو hala""".split()
)

# Words in any language that mean the same thing for matching share one concept token, so
# "quand", "when", "imta" and "متى" meet without a phrasing in every language. One word per
# item: an item of several words is split into words here ("the gathering" would make "the"
# the event); several words that mean one thing go in PHRASES.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "?when": (
        "quand",
        "qd",
        "qnd",
        "whn",
        "wen",
        "when",
        "imta",
        "emta",
        "fo9ach",
        "fokach",
        "wa9tach",
        "date",
        "متى",
        "امتى",
        "امتا",
        "فوقاش",
        "وقتاش",
        "تاريخ",
        "foqach",
        "fu9ach",
        "fou9ach",
        "wqtash",
    ),
    "?where": (
        "ou",
        "où",
        "where",
        "whr",
        "wher",
        "whre",
        "fin",
        "fine",
        "feen",
        "fein",
        "فين",
        "أين",
        "وين",
        "فاين",
        "fyn",
        "fain",
    ),
    # Not "من": in Arabic it is "who" but far more often "from" or "of".
    "?who": (
        "qui",
        "ki",
        "who",
        "chkoun",
        "chkon",
        "chkun",
        "shkoun",
        "chkoune",
        "chkounin",
        # "مين" is who in Levantine and Egyptian Arabic, never "from".
        "مين",
        "chkonin",
        "chkunin",
        "شكون",
        "whos",
        "whose",
        # Darija's plural "who are they": chkounhom, chkounat (women), شكونهم.
        "chkounhom",
        "chkonhom",
        "chkounahoma",
        "chkounat",
        "chkonat",
        "شكونهم",
        "شكونا",
        "shkun",
        "shkon",
        "achkoun",
        "ashkoun",
        "achkon",
    ),
    "?what": (
        "quoi",
        # "With what", "by what": "بماذا ساهم", "b ach".
        "بماذا",
        "بشنو",
        # SMS French "kesk'ils ont dit", "keske c'est": qu'est-ce que.
        "kesk",
        "keske",
        "kesske",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "koi",
        "what",
        "wat",
        "wats",
        "whats",
        "wht",
        "wut",
        "which",
        "quel",
        "qel",
        "qelle",
        "quelle",
        "quels",
        "quelles",
        "chno",
        "chnou",
        "achno",
        "chnahowa",
        "chnahiya",
        "chnahia",
        "chnahoma",
        "chnahouma",
        "ach",
        "شنو",
        "اشنو",
        # Levantine "what" (شو) and Gulf "what" (ايش); "and what" is written on: "وشو".
        "شو",
        "وشو",
        # Gulf "what" (وش).
        "وش",
        "ايش",
        "إيش",
        "اش",
        "ماذا",
        "فماذا",
        "وماذا",
        "فما",
        # "which": Arabic أي, Darija ina / انهي.
        "أي",
        "اي",
        "أية",
        "ina",
        "inahi",
        "inahiya",
        "انهي",
        "أنهي",
        "فأنهي",
        "فانهي",
        "shnu",
        "shno",
        "chnu",
        "ashno",
        "achnou",
        "achmen",
        "ashmen",
        # Darija "شمن" (which); "Lesquels sont psychiatres ?": which ones.
        "شمن",
        "lesquels",
        "lesquelles",
        "laquelle",
        "lequel",
    ),
    # Ability: "what can you do" is not "what are you".
    "@can": (
        "can",
        "could",
        "peux",
        "peut",
        "pouvez",
        "t9der",
        "tqder",
        "نقدر",
        "تقدر",
        "يمكنك",
        "تستطيع",
        "يستطيع",
        "استطيع",
        "تستطيعين",
        # "what do you know how to do": Darija kat3ref dir, كتعرف دير.
        "kat3ref",
        "kta3ref",
        "كتعرف",
        "كتعرفي",
        # "ممكن تعطيني...": a request ("could you give me"), not a yes/no question.
        "ممكن",
        "momkin",
        "mumkin",
        "momken",
    ),
    "?how": (
        "comment",
        "how",
        "kifach",
        "kifech",
        "kif",
        "كيف",
        "كيفاش",
        "kifash",
        "kifch",
        "kifax",
    ),
    "?why": (
        "pourquoi",
        "pk",
        "pq",
        "pcq",
        "why",
        "y",
        "3lach",
        "lach",
        "علاش",
        "لماذا",
        "لاش",
        "3lash",
        "3lech",
        "3alach",
        "pkoi",
        "pourkoi",
    ),
    "?howmuch": (
        "combien",
        "many",
        "ch7al",
        "chhal",
        "ch7al",
        "شحال",
        "كم",
        "بكم",
        "وكم",
        "kam",
        "shhal",
        "sh7al",
        "cb",
        "cmb",
        # "Le nombre d'intervenants", "speaker count", "عددهم".
        "nombre",
        "count",
        "عدد",
        "عددها",
        "عددهم",
    ),
    # The event itself, in words that fit any event; a pack adds its own ("festival",
    # "salon") with a concept named `event` in its vocabulary.yaml.
    "@event": (
        "evenement",
        "event",
        "conference",
        "rencontre",
        "congres",
        "manifestation",
        "rassemblement",
        "reunion",
        "meeting",
        "mo2tamar",
        "lmo2tamar",
        "اجتماع",
        "الاجتماع",
        "ملتقى",
        "مؤتمر",
        "لقاء",
        "اللقاء",
        "لقاءات",
        "l9a2",
        "lli9a2",
        "liqa2",
        "l9a",
        "forum",
        "colloque",
        "symposium",
        "meetup",
        "tadahora",
        "تظاهرة",
        "التظاهرة",
        "فعالية",
        "الفعالية",
        "journée",
        "journee",
        "multaqa",
        "lmultaqa",
        "lmoltaqa",
        "الملتقى",
        "الحدث",
        # Arabizi "l7adat" (الحدث), "التجمع" (tjm3).
        "7adat",
        "l7adat",
        "تجمع",
        "التجمع",
        "tjm3",
        "ltjm3",
        "tajamo3",
    ),
    "@panel": (
        "panel",
        "panels",
        "table",
        "tables",
        "ronde",
        "rondes",
        "roundtable",
        "round",
        "debat",
        "discussion",
        "convo",
        "ندوة",
        "الندوة",
        "ندوات",
        "الندوات",
        "discussions",
        "طاولة",
        "مستديرة",
        "جلسة",
        "ندوة",
        "نقاش",
        # Sessions by any other name: "sessions", Darija "طابلة روند", MSA "مائدة مستديرة".
        "session",
        "sessions",
        "roundtables",
        "طابلة",
        "tabla",
        "ttabla",
        "tablat",
        "طابلات",
        "روند",
        "مائدة",
        "مائدتين",
        "موائد",
        "طاولات",
        "جلسات",
        "جلستين",
        # "Al-jalasat al-hiwariya" are the panel sessions.
        "حوارية",
        "الحوارية",
        # Egyptian "ترابيزة" (table).
        "ترابيزة",
        "ترابيزه",
    ),
    "@speaker": (
        "intervenant",
        "intervenants",
        "intervenante",
        "speaker",
        "speakers",
        "conferencier",
        "conferenciers",
        "orateur",
        "orateurs",
        "invite",
        "invites",
        "panelist",
        "panelists",
        "paneliste",
        "panelistes",
        "متحدث",
        "متحدثين",
        "المتحدثون",
        "المتحدثين",
        "محاضر",
        "المحاضرين",
        "guest",
        "guests",
        "panellist",
        "panellists",
        "intervenantes",
        "conferenciere",
        "conferencieres",
        "oratrice",
        "oratrices",
        "invitee",
        "invitees",
        "convie",
        "convies",
        "متدخل",
        "متدخلة",
        "المتدخلين",
        "متدخلين",
        "المتدخلون",
        "المتكلمين",
        "المتكلمون",
        "المحاضرون",
        "محاضرين",
        "محاضرة",
        "متحدثة",
        "المتحدثة",
        "المتحدثات",
        "الضيوف",
        "ضيف",
        "الضيف",
        "ضيوف",
        "moutadakhilin",
        "lmoutadakhilin",
        "mutadakhil",
        "lmotadakhilin",
        "lintervenant",
        "lintervenants",
        "keynote",
        # "Who was invited": the guests.
        "invited",
    ),
    "@spoke": (
        "parle",
        "parlé",
        "parler",
        "parlait",
        "spoke",
        "speak",
        "talked",
        "talk",
        "hder",
        "hdar",
        "hdro",
        "hdrat",
        # Darija "3awed" (told, went over): "li 3awed 3la ...".
        "3awed",
        "3awdat",
        "3awdo",
        "عاودات",
        "عاودو",
        "tkellem",
        "tkallem",
        "tkalam",
        "discuss",
        "discussed",
        "discute",
        "ناقش",
        "ناقشو",
        "تناقشو",
        "نوقش",
        "ناقشت",
        "نوقشت",
        "say",
        "said",
        "says",
        "dit",
        "gal",
        "galt",
        "galo",
        "qal",
        "قال",
        "قالت",
        "قالو",
        "تحدث",
        "تحدثت",
        "هضر",
        "هضرات",
        "تكلم",
        "تكلمت",
        "mention",
        "mentioned",
        "mentions",
        "mentionne",
        "mentionné",
        "evoque",
        "évoqué",
        "evoquer",
        "aborde",
        "abordé",
        "aborder",
        "traite",
        "traité",
        "traiter",
        "cover",
        "covered",
        "address",
        "addressed",
        "raised",
        "tackled",
        "explique",
        "expliqué",
        "raconte",
        "raconté",
        "souligne",
        "souligné",
        "insiste",
        "insisté",
        "insisted",
        "stressed",
        "highlighted",
        "emphasised",
        "9al",
        "9alt",
        "qalt",
        "galt",
        "golt",
        "tqal",
        "t9al",
        "tqalt",
        "t9alt",
        # Darija "tgal" (was said): "chno tgal 3la lwalidin".
        "tgal",
        "ttgal",
        "tgalet",
        # A talk by any other name: "son intervention", "مداخلته".
        "intervention",
        "interventions",
        "مداخلة",
        "مداخلته",
        "مداخلتها",
        "مداخلات",
        "hdraw",
        "hdrou",
        "tkellmat",
        "tkalmo",
        "tkelmo",
        "t3aljo",
        "t3aljou",
        "tna9sho",
        "tnaqcho",
        "tna9chou",
        "tnaqchou",
        "tna9chat",
        "tnaqchat",
        "chra7",
        "chra7t",
        "7ka",
        "7kat",
        # Darija dwa (spoke); only the forms that are not "دوا", medicine.
        "dwaw",
        "dwat",
        "دواو",
        "hka",
        "تطرق",
        "تطرقت",
        "تناول",
        "تناولت",
        "تناولو",
        "ذكر",
        "ذكرت",
        "تحدثو",
        "تحدثوا",
        "تكلمو",
        "تكلموا",
        "هضرو",
        "هضرت",
        # Arabic "said it": "ما الذي قاله ...؟".
        "قاله",
        "قالته",
        "قالها",
        "حكى",
        "حكا",
        "حكات",
        "حكت",
        "حكيت",
        "حكيو",
        "حكوا",
        "تقال",
        "قيل",
        # Egyptian and Levantine "was said", "spoke", "told".
        "اتقال",
        "انقال",
        "انحكى",
        "انحكا",
        "اتكلم",
        "اتكلمت",
        "اتكلموا",
        "اتكلمو",
        "حكوا",
        "حكيوا",
        "طرح",
        "طرحت",
        "صرح",
        "صرحت",
        "اكد",
        "اكدت",
        "أكد",
        "declare",
        "declared",
        "déclaré",
        "déclare",
        "stated",
        "affirme",
        "affirmé",
        "affirmed",
        "claimed",
        "argued",
        "argue",
        "noted",
        "underlined",
        "underscored",
        "emphasized",
        "emphasize",
        "emphasise",
        "highlight",
        "highlights",
        "indique",
        "indiqué",
        "exprime",
        "exprimé",
        "exprimée",
        "talks",
        "talking",
        "spoken",
        "speaking",
        "discussing",
        "discusses",
        "parlent",
        "parlaient",
        "parlait",
        "intervenu",
        "intervenue",
        # What someone contributed is what they said there: "بماذا ساهم", "her contribution".
        "ساهم",
        "ساهمت",
        "طرحه",
        "طرحها",
        "طرحوه",
        "ادلى",
        "أدلى",
        "ادلت",
        "أدلت",
        # What someone offered or proposed on a panel is what they said there: "who offered
        # solutions", "شكون اللي قدمو حلول", "chkoun li 3tawna des solutions".
        "offered",
        "suggested",
        "proposed",
        "propose",
        "proposé",
        "proposée",
        "proposait",
        "قدمو",
        "قدموا",
        "3taw",
        "3tawna",
        "3tat",
        "9addmo",
        "9addmat",
        "qaddmo",
        "qaddmat",
        "مساهمة",
        "مساهمته",
        "مساهمتها",
        "contribution",
        "contributed",
        "contribute",
        "contribué",
        "contribue",
        "sahem",
        "sahmat",
        "تقول",
        "يقول",
        "كتقول",
        "كيقول",
        "intervenus",
        "intervenir",
        "intervenait",
        "intervenaient",
        "يقول",
        "تقول",
        "يقولون",
        "أشار",
        "أشارت",
        "أوضح",
        "أوضحت",
        "شدد",
        "شددت",
        "أبرز",
        "أبرزت",
        "يتحدث",
        "تتحدث",
        "يتكلم",
        "تتكلم",
        "الحديث",
        "كيهضر",
        "كتهضر",
        "هدر",
        "هدرات",
        "دوات",
        "hdr",
        "تدخل",
        "تدخلوا",
        "تدخلو",
        "تدخلت",
        # Presented, talking: "عرضاتهم", "kayhder".
        "عرضات",
        "عرضاتهم",
        "عرضت",
        "عرضو",
        "3rdat",
        "kayhder",
        "kathder",
        "kaydwi",
        "katdwi",
        # Darija "tdakhel" (took the floor), in Arabizi and with the glued "ت".
        "tdakhlo",
        "tdakhlou",
        "tdakhel",
        "tdakhlat",
        "tdekhlo",
        "tdkhlo",
        "اتدخلو",
        "تدخلات",
        "ركز",
        "ركزت",
        "ركزو",
        "ركزوا",
        "focused",
        "rkzo",
        "rakzo",
        "نوقشت",
        "contribution",
        "contributions",
        "hdart",
        "hdert",
        "hadret",
        "hadro",
        "hedro",
        "galet",
        "9alet",
        "qalet",
        "golat",
        "tkelem",
        "tkellmo",
        "tkalmat",
        "tkalmou",
        "chr7at",
        "chr7o",
        "أكدت",
        "قالوا",
        "ناقشوا",
        "تطرقوا",
        "تناولوا",
        "ذكروا",
        "أكدوا",
        "صرحوا",
        "أشاروا",
        "هضروا",
        "تكلمات",
        "وقال",
        "وقالت",
        "وقالوا",
        "وتحدث",
        "وتحدثت",
        "وهضرت",
        "وهضرات",
    ),
    # Darija 7dar (حضر, attended) is not hder (هضر, spoke), though Arabizi spells both "hd?r".
    "@attend": (
        "7dar",
        "7adr",
        "7edro",
        "7adro",
        "attended",
        "attend",
        "participe",
        "participants",
        "assiste",
        "حضر",
        "حضرو",
        "حضرت",
        "حضروا",
        "حضور",
        # "ما الفئات التي جمعها الحدث؟": whom it brought together.
        "جمعها",
        "جمعت",
        "شارك",
        "المشاركون",
        "شاركو",
        "شاركوا",
        "شاركت",
        "participated",
        "participate",
        "participer",
        "participé",
        "participaient",
        "charko",
        "charkou",
        # Darija "jaw" (came): "chkoun li jaw l sommet".
        "jaw",
        "jaou",
        "جاو",
        "ja",
        "jat",
        "حاضر",
        "حاضرة",
        "حاضرين",
        "7adrin",
        "7adir",
        "7adra",
        "hadrin",
    ),
    # "u" is how chat English writes "you" ("who r u").
    "@you": ("toi", "tu", "vous", "you", "u", "nta", "nti", "ntoma", "انت", "أنت", "نتا", "نتي"),
    # What a talk or a round table was about: "les thèmes", "topics", "المحاور", "lmawdou3".
    "@topic": (
        # "chkoun hder 3la had lmochkil ?": the problem the message told of before.
        "mochkil",
        "lmochkil",
        "mochkila",
        "lmochkila",
        "مشكل",
        "المشكل",
        "مشكلة",
        "المشكلة",
        "problème",
        "probleme",
        "problem",
        "theme",
        "themes",
        "thématique",
        "thematiques",
        "sujet",
        "sujets",
        "topic",
        "topics",
        "subject",
        "subjects",
        "issue",
        "issues",
        "enjeux",
        "enjeu",
        "mawdou3",
        "lmawdou3",
        "mawdo3",
        "lmawdo3",
        "mawadi3",
        "lmawadi3",
        "mawdou",
        "موضوع",
        "الموضوع",
        "مواضيع",
        "المواضيع",
        "محور",
        "المحور",
        "محاور",
        "المحاور",
        "قضايا",
        "مسألة",
        "المسألة",
        "قضية",
        "القضية",
        "القضايا",
    ),
    "#1": (
        "1",
        "premier",
        "premiere",
        "first",
        "1st",
        "1er",
        "1ere",
        "lwla",
        "loula",
        "lowel",
        "lwel",
        "lawal",
        "awal",
        "awel",
        "awwel",
        "الأولى",
        "الاول",
        "اللول",
        "awla",
        "lawla",
        "lewla",
        "lowla",
        "lola",
        "oula",
        "loula",
        "lwla",
        "lula",
        "lwl",
        "lawel",
        "lowel",
        "اللولة",
        "لولة",
        "الاولة",
        "الأول",
        "أول",
        # "The inaugural edition" is the first.
        "inaugural",
        "inaugurale",
        "maiden",
    ),
    "#2": (
        "2",
        "deuxieme",
        "second",
        "seconde",
        "2eme",
        "2e",
        "2nd",
        "tanya",
        "tania",
        "tani",
        "ttani",
        "ltani",
        "الثانية",
        "الثاني",
        "التاني",
        "تاني",
        "tanya",
        "ltanya",
        "ttanya",
        "التانية",
        "الثانيه",
        "ثانية",
    ),
    # A third: "was this the third summit?" gets no, and no round table is the third.
    "#3": (
        "troisieme",
        "3eme",
        "3e",
        "third",
        "3rd",
        "talet",
        "talta",
        "تالت",
        "تالتة",
        "ثالث",
        "الثالث",
        "الثالثة",
        "ثالثة",
        "التالت",
        "التالتة",
    ),
}

# Kinds of institution, named by the word beside them ("cairo university", "جامعة محمد",
# "hôpital Ibn Rochd"): a speaker's card that holds the kind does not hold every one of them.
INSTITUTIONS = frozenset(
    """university universite universities universites faculty faculte college school ecole
    hospital hopital clinic clinique institute institut association ngo ong ministry ministere
    company entreprise agency agence
    jami3a ljami3a jami3at sbitar
    جامعة الجامعة جامعه لجامعة بجامعة كلية الكلية مستشفى المستشفى معهد المعهد جمعية الجمعية
    وزارة الوزارة شركة الشركة""".split()
)
# Parts of the world and countries, which Arabic writes with no capital: "مسؤولة عن أوروبا؟"
# names a region that a card holds only if it says so.
REGIONS = frozenset(
    """europe europa asie asia amerique america americas usa afrique africa australie
    australia canada france espagne spain allemagne germany chine china japon japan
    uruba orouba europ amrika amrica
    أوروبا اوروبا أوربا اوربا لأوروبا لاوروبا بأوروبا باوروبا آسيا اسيا أمريكا امريكا
    لأمريكا لامريكا أميركا اميركا إفريقيا افريقيا أفريقيا استراليا أستراليا كندا فرنسا
    إسبانيا اسبانيا ألمانيا المانيا الصين اليابان""".split()
)

# Words of the first person as subject or owner (not "tell me", "قل لي", which ask): a
# clause in them tells of the writer ("je boucle un papier ce
# soir", "i missed it bc work", "ana talib f lycée"), not of what the message asks about.
FIRST_PERSON = frozenset(
    """je j jsuis jsui jai jvais mon ma mes
    i im i'm ive i've my mine
    ana dyali dyalna 3ndi 3andi
    أنا انا ديالي ديالنا عندي نحن""".split()
)

# Arabic letters by name, folded ("بحرف الميم": with the letter M), for names asked by the
# letter they start with (`bot.initials`).
ARABIC_LETTER_NAMES = {
    "الف": "ا",
    "باء": "ب",
    "با": "ب",
    "تاء": "ت",
    "تا": "ت",
    "ثاء": "ث",
    "جيم": "ج",
    "حاء": "ح",
    "خاء": "خ",
    "دال": "د",
    "ذال": "ذ",
    "راء": "ر",
    "زاي": "ز",
    "سين": "س",
    "شين": "ش",
    "صاد": "ص",
    "ضاد": "ض",
    "طاء": "ط",
    "ظاء": "ظ",
    "عين": "ع",
    "غين": "غ",
    "فاء": "ف",
    "قاف": "ق",
    "كاف": "ك",
    "لام": "ل",
    "ميم": "م",
    "نون": "ن",
    "هاء": "ه",
    "واو": "و",
    "ياء": "ي",
}
