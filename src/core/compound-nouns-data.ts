/**
 * English nouns of two words whose first is a place's name or its people's (1361, after 287
 * names): "Brazil nut", "guinea pig", "Panama hat", "Boston terrier", "Brussels sprouts", "French
 * fries", "Turkey vulture". In such a noun the place is no mention: the nut is no card for Brazil.
 *
 * How it was made (once, not at build time: data/pipeline/gen-compound-nouns.ts): WordNet 3.1's common
 * nouns of two words (plants, animals, foods, substances, artifacts, acts and games, states, times)
 * whose first word is a proper noun there and the capitalised name of one of our places, and whose
 * second is lower case; not those whose second word often follows a place's name in news for another
 * noun ("London plane crash", "a Russian bank"), nor those that name the place's own thing ("the
 * American flag", "the Armenian alphabet"). The engine never reads data/ at runtime; this list is part
 * of the core. Format: "first:second,second|…"; plurals are added when it loads.
 */
export const COMPOUND_NOUNS =
  'afghan:hound|alaska:cedar,cod,crab|aleppo:boil,grass|alexandria:senna|' +
  'allegheny:chinkapin,plum,spurge,vine|allen:screw,wrench|amazon:ant|' +
  'american:agave,alligator,aloe,antelope,arborvitae,arrowroot,aspen,badger,barberry,basswood,beech,bison,bittern,bittersweet,blight,brooklime,buffalo,bugbane,centaury,chameleon,cheese,chestnut,cockroach,columbo,coot,copper,cranberry,crayfish,creeper,cress,crow,dewberry,dogwood,eagle,egret,elder,elk,elm,featherfoil,feverfew,flagfish,football,foxhound,frogbit,gallinule,gentian,germander,ginseng,hackberry,hazel,hellebore,holly,hop,hornbeam,ivy,kestrel,larch,laurel,leishmaniasis,licorice,lime,liquorice,lobster,lotus,magpie,marten,mastodon,mastodont,merganser,mink,mistletoe,olive,organ,oriole,parasol,pasqueflower,pennyroyal,persimmon,plaice,pulsatilla,raspberry,rattlebox,redstart,robin,sable,smelt,smokewood,spicebush,spikenard,sycamore,toad,twinflower,watercress,widgeon,wistaria,wisteria,woodcock,wormseed|' +
  'amur:privet|angel:cake,dust,shark|anguilla:sucklandii|apalachicola:rosemary|' +
  'arctic:char,fox,hare,moss,poppy,skua,willow,wolf|ardea:herodius,occidentalis|' +
  'arizona:ash,cypress,elegans,sycamore|arkansas:kingbird|assam:fever,rubber|' +
  'australian:arowana,blacksnake,bonytongue,chestnut,cockroach,crawl,heath,honeysuckle,lungfish,magpie,nettle,pea,pine,stilt,sumac,terrier,turtledove|' +
  'badger:dog,skunk|baltimore:bird,oriole|bar:billiards,bit,magnet,mask,printer,sinister,soap|' +
  'barbados:cherry,gooseberry,maidenhair,pride|barbary:ape,sheep|bartlett:pear|' +
  'bath:asparagus,chair,linen,mat,oil,powder,salts,soap,towel,water|' +
  'belgian:endive,griffon,hare,sheepdog,shepherd,waffle|' +
  'bell:apple,arch,cot,cote,deck,foundry,gable,glass,heather,jar,magpie,metal,morel,pepper,push,ringer,ringing,seat,tent,toad,tower|' +
  'bend:dexter|bengal:bean,kino,rose,tiger|berlin:doughnut|' +
  'bermuda:buttercup,cedar,chub,grass,lily,maidenhair,onion,rig,shorts|bermudian:rig|' +
  'bessemer:converter|bighorn:sheep|blenheim:spaniel|bologna:sausage|bombay:ceiba,hemp|' +
  'bordeaux:mixture,wine|boston:bull,fern,ivy,lettuce,rocker,terrier|boulder:clay,fern|bowie:knife|' +
  'brazil:nut|brazilian:guava,ironwood,rosewood,trumpeter|brisbane:quandong|brittany:spaniel|' +
  'brunswick:stew|brussels:biscuit,carpet,griffon,lace,sprout,sprouts|' +
  'buffalo:bur,clover,fish,gnat,gourd,grass,nut|burma:padauk|burmese:cat,rosewood|' +
  'bush:baby,bean,clover,hibiscus,honeysuckle,jacket,lawyer,nasturtium,pea,poppy,shrike,tit,vetch,violet,willow|' +
  'california:allspice,beauty,bluebell,buckthorn,buckwheat,coffee,condor,dandelion,fern,fuchsia,laurel,newt,nutmeg,olive,pompano,poppy,privet,quail,redbud,redwood,romero,sage,sagebrush,sycamore,whipsnake,wine,yew|' +
  'calvary:clover|' +
  'canada:anemone,balsam,garlic,ginger,goose,jay,lily,lynx,moonseed,plum,porcupine,thistle,violet|' +
  'canadian:aspen,bacon,fleabane,goldenrod,goose,hemlock,pondweed|canterbury:bell|' +
  'canton:crepe,flannel,ginger|' +
  'carolina:allspice,buckthorn,chickadee,hemlock,jasmine,lupine,moonseed,parakeet,wren|' +
  'cartagena:bark|cascades:frog|cebu:maguey|ceiba:pentandra,tree|centre:bit,stage|' +
  'ceylon:cinnamon,gooseberry|charlotte:russe|chile:bonito,hazel,nut,pine,tarweed|' +
  'chilean:bonito,cedar,firebush,flameflower,hazelnut,jasmine,nut,rimu,strawberry|' +
  'china:aster,clay,closet,grass,jute,rose,tree|' +
  'chinese:alligator,angelica,anise,cabbage,celery,checkers,chequers,chestnut,chive,cinnamon,date,elm,evergreen,goose,gooseberry,hibiscus,holly,jujube,lantern,magnolia,mushroom,mustard,paddlefish,parasol,parsley,primrose,privet,puzzle,rhubarb,scholartree,white,wistaria,yam|' +
  'cologne:water|colon:cancer|colorado:beetle,fir,spruce|concord:grape|' +
  'congo:copal,eel,gum,peafowl,snake|cork:jacket,oak,tree|crane:fly|crete:dittany|' +
  'cuban:bast,heel,itch,mahogany,sandwich,spinach|dalmatia:pyrethrum|damascus:steel|danish:pastry|' +
  'daphne:cneorum,family,laureola,mezereum|darling:pea|darwin:tulip|dayton:ax,axe|delhi:boil|' +
  'demerara:rum,sugar|devonshire:cream|dominican:mahogany|douglas:fir,hemlock,pine,spruce,squirrel|' +
  'dutch:auction,clover,door,elm,hoe,iris,oven,treat|eccles:cake|' +
  'egyptian:bean,cat,cobra,corn,cotton,grass,henbane,lupine,onion,pea,vulture|ethiopian:banana|' +
  'flanders:poppy|flint:corn,glass,maize|florence:fennel|' +
  'florida:arrowroot,bean,gallinule,pompano,selaginella,smoothhound,yew|' +
  'french:bean,bracken,bread,bulldog,chalk,door,dressing,endive,fries,fritter,heel,honeysuckle,horn,kiss,knot,lavender,leave,lesson,loaf,marigold,omelet,pancake,pastry,polish,roof,rye,sorrel,spinach,telephone,toast,ultramarine,vermouth,weed,window|' +
  'fuji:cherry|garland:crab,flower|geneva:gown|georgia:bark,pine|' +
  'german:bee,chamomile,cockroach,iris,ivy,lesson,measles,millet,pancake,rampion,shepherd,tamarisk|' +
  'gibraltar:fever|gila:monster|gladstone:bag|goa:bean,powder|god:tree|gouda:cheese|' +
  'graham:bread,cracker,flour|greek:clover,fret,partridge,valerian|' +
  'green:alder,algae,ash,bean,bristlegrass,broom,corn,dinosaur,dragon,foxtail,frog,gentian,gland,goddess,gold,goods,gram,groceries,hellebore,lacewing,lizard,mamba,manure,market,mayonnaise,monkey,olive,onion,pea,peafowl,pepper,plover,salad,smut,snake,soap,soy,soybean,spleenwort,tea,turtle,woodpecker|' +
  'greenland:caribou,spar,whale|guernsey:elm|guinea:corn,flower,fowl,gold,grains,hen,pepper,pig,worm|' +
  'hamburg:parsley|hartford:fern|himalaya:honeysuckle|holland:gin|honduras:mahogany,rosewood|' +
  'hubbard:squash|hudson:seal|hungarian:goulash,grass,lilac,partridge,pointer,sauce|' +
  'iceland:lichen,moss,poppy,spar|india:ink,paper,rubber|' +
  'indian:arrowroot,banyan,bean,beech,beet,blackwood,blanket,breadroot,buffalo,cherry,chickweed,chocolate,cholera,cobra,corn,cress,crocus,currant,elephant,grackle,hemp,lettuce,lodge,lotus,madder,mallow,meal,millet,mongoose,mustard,paintbrush,pea,pipe,plantain,poke,pony,potato,python,rattlebox,relish,rhinoceros,rhododendron,rhubarb,rice,rosewood,salad,senna,shot,summer,tapir,tobacco,trail,turnip|' +
  'iowa:crab|' +
  'irish:burgoo,coffee,gorse,moss,potato,setter,stew,strawberry,terrier,whiskey,whisky,wolfhound|' +
  'italian:bee,bread,clover,cypress,dressing,greyhound,honeysuckle,millet,parsley,rice,rye,ryegrass,sandwich,vermouth,woodbine|' +
  'jaffa:orange|jamaica:apple,bayberry,dogwood,honeysuckle,quassia,rum,shorts,sorrel|jamaican:cherry|' +
  'jamestown:weed|japan:allspice,bittersweet,cedar,clover,tallow,wax|' +
  'japanese:allspice,andromeda,apricot,banana,barberry,beech,beetle,bittersweet,brome,cedar,cherry,chess,chestnut,clover,crab,deer,honeysuckle,hop,iris,ivy,leaf,leek,lilac,lime,linden,maple,medlar,millet,oak,oyster,persimmon,plum,poinsettia,privet,quince,radish,rose,snowbell,spaniel,spurge,stranglehold,sumac,wistaria,yew|' +
  'java:finch,olives,pepper,sparrow|jersey:elm,fern,knapweed,pine|' +
  'jerusalem:artichoke,cherry,cricket,oak,sage,thorn|jordan:almond|kashmir:goat|' +
  'kentucky:bluegrass,wonder,yellowwood|kenya:fever|kodiak:bear|korean:lespedeza|' +
  'labrador:retriever,tea|lakeland:terrier|laurel:cherry,family,oak,sumac,willow,wreath|leiden:jar|' +
  'lens:cap,cover,culinaris,hood,implant,system|levant:cotton,garlic,morocco|leyden:jar|lhasa:apso|' +
  'liberian:coffee|lima:bean|livingstone:daisy|lombardy:poplar|lota:lota|' +
  'madagascar:cat,jasmine,pepper,periwinkle,plum|madeira:cake,sponge|maine:lobster|malacca:cane|' +
  'male:berry,chauvinism,fern,horse,hypogonadism,orchis,orgasm,plug|malta:fever|' +
  'maltese:cat,dog,terrier|man:hour|manchester:terrier|manila:bean,grass,hemp,maguey,paper,tamarind|' +
  'manx:cat,shearwater|mao:jacket|march:equinox|marseilles:fever|maryland:chicken,yellowthroat|' +
  'mason:bee,jar,wasp|massachusetts:fern|' +
  'mexican:cypress,flameleaf,hairless,hat,hyssop,juniper,mint,onyx,poppy,standoff,sunflower,tea,valium|' +
  'michigan:lily|' +
  'milk:adder,bar,can,chocolate,cow,float,glass,intolerance,powder,pox,punch,shake,sickness,snake,sugar,thistle,vetch,wagon,whey|' +
  'missouri:goldenrod,gourd,primrose|mobile:canteen,home,phone|mojave:aster,rattlesnake|' +
  'monterey:cypress,pine|moro:reflex|munich:beer|mus:musculus,rose|muscat:grape|mysore:thorn|' +
  'naples:garlic|natal:day,plum|nebraska:fern|newcastle:disease|newfoundland:dog|nile:crocodile|' +
  'norfolk:jacket,terrier,wherry|' +
  'northern:barramundi,bedstraw,bobwhite,dewberry,harrier,lobster,mammoth,oriole,parula,phalarope,pike,porgy,scup,shrike,snakehead,whiting,woodsia|' +
  'norway:lobster,maple,rat,spruce|norwegian:elkhound,lobster|ohio:buckeye,goldenrod|' +
  'orange:balsam,bat,daisy,fleabane,grass,grove,hawkweed,juice,liqueur,marmalade,milkweed,milkwort,peel,pekoe,rind,sneezeweed,soda,toast,tortrix,tree,zest|' +
  'oregon:alder,ash,cedar,fir,grape,larch,lily,maple,myrtle,oak,pine|osage:orange|' +
  'pacific:bonito,cod,halibut,hemlock,herring,newt,plum,ridley,sardine,sturgeon,tripletail,walrus,yew|' +
  'panama:hat,redwood,tree|para:rubber|paradise:flower,tree|paraguay:tea|paris:daisy,quadrifolia|' +
  'pernambuco:wood|peruvian:balsam,bark,cotton,lily|philadelphia:fleabane|philippine:cedar,mahogany|' +
  'phoenix:dactylifera,tree|poa:nemoralis,pratensis|poinciana:gilliesii,pulcherrima,regia|' +
  'portland:cement|portuguese:cypress,heath|pullman:car|pyrenees:daisy|' +
  'queensland:bottletree,hemp,kauri,lungfish,nut|raja:batis,erinacea,laevis,radiata|ravenna:grass|' +
  'rayleigh:disk|reading:assignment,desk,lamp,room|' +
  'red:admiral,alder,alert,algae,amaranth,ash,baneberry,bat,bay,bearberry,beech,birch,brass,bryony,buckeye,cabbage,campion,carpet,cedar,clay,clover,cole,coral,currant,dagga,deer,devil,dogwood,drum,eft,elm,fox,ginger,goatfish,goosefoot,gram,grouse,gum,haw,helleborine,herring,hot,juniper,kauri,lauan,laver,lead,maids,maple,meat,mulberry,mullet,oak,onion,osier,panda,pepper,periwinkle,phalarope,pimpernel,pine,poll,porgy,raspberry,rockfish,salmon,sandalwood,sanders,sanderswood,saunders,scare,setter,siskin,snapper,sorrel,spider,spruce,squirrel,tape,tide,trillium,underwing,valerian,water,willow,wine,wolf,worm|' +
  'rhine:wine|rhodes:grass|rhone:wine|richardson:vole|rockingham:podocarp|' +
  'roman:arch,basilica,building,calendar,candle,collar,coriander,hyacinth,nettle,times,wormwood|' +
  'russia:leather|' +
  'russian:almond,cactus,dandelion,dressing,mayonnaise,olive,roulette,thistle,tumbleweed,vine,wolfhound|' +
  'sabine:pine|sacramento:sturgeon|saigon:cinnamon|salisbury:steak|salmon:berry,loaf,oil,trout|' +
  'salt:cod,depletion,mine,pork,rush,shaker,tree|saratoga:chip,spittlebug|savoy:cabbage|' +
  'seminole:bread|senegal:gum|seville:orange|shasta:daisy,salamander|shawnee:cake,salad|' +
  'shetland:pony,sheepdog,wool|' +
  'snake:dance,doctor,feeder,fence,fern,mackerel,muishond,oil,palm,pit,plant,polypody,venom,wood|' +
  'soledad:pine|sonora:gum,lac,semiannulata|' +
  'spanish:bayonet,broom,burgoo,cedar,chestnut,dagger,elm,fly,garlic,gorse,grunt,heath,iris,lime,mackerel,moss,needles,oak,onion,paprika,pointer,psyllium,rice,tamarind,tea|' +
  'split:down,personality,rail,run,second,shift,ticket,up|swedish:iron,massage,meatball,rye,turnip|' +
  'swiss:chard,cheese,pine,roll,steak|sydney:silky|syrian:bear,hamster|tabasco:pepper,plant,sauce|' +
  'tamale:pie|tangier:pea,peavine|tara:vine|tartar:emetic,sauce,steak|tennessee:walker|' +
  'texas:armadillo,bluebonnet,chachalaca,fever,leaguer,longhorn,millet,snowbell,snowbells,star,storksbill,toad,tortoise|' +
  'tupelo:family,tree|turkey:buzzard,cock,drumstick,oak,stew,stuffing,trot,vulture|' +
  'turkish:bath,boxwood,coffee,tobacco,towel|union:suit|' +
  'ursus:americanus,arctos,horribilis,middendorffi,thibetanus,ursinus|uruguay:potato|valencia:orange|' +
  'valenciennes:lace|vernier:caliper,micrometer,scale|vichy:water|victoria:plum,sandwich,sponge|' +
  'vienna:roll,sausage|' +
  'virginia:bluebell,cowslip,creeper,crownbeard,deer,fence,ham,mallow,oyster,pine,reel,serpentaria,serpentary,snakeroot,stock,strawberry,thimbleweed,waterleaf|' +
  'walker:foxhound,hound|wellington:boot|' +
  'western:ax,axe,birch,blackberry,buttercup,chimpanzee,chokecherry,dewberry,diamondback,hemlock,kingbird,larch,meadowlark,mugwort,omelet,pasqueflower,pipistrel,poppy,ragweed,rattlesnake,redbud,saddle,sandwich,saxifrage,skink,spadefoot,tamarack,tanager,toad,wheatgrass,whiptail,yew|' +
  'weston:cell|wilton:carpet|winchester:drive|windsor:chair,knot,tie|worcester:sauce|' +
  'yorkshire:fog,pudding,terrier|yosemite:toad|young:bird,carnivore,fish,mammal|zanzibar:copal';
