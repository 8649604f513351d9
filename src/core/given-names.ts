/**
 * Common given names and surnames. Many towns share one (David in Panama, Brad in Romania, Harper in Liberia,
 * Allen in Texas), and in news text "David" alone is far more often a person's first name. A
 * one-word place name in this list links only with the document's support — as a "needs context"
 * alias does — unless the place is prominent enough to be the usual reading (Houston, Sydney, Paris).
 */
const NAMES = `
aaron abdul abigail adam adrian ahmed aidan alan albert alex alexander alexandra ali alice alicia allen
alma amanda amber amelia amy ana andre andrea andrew angela angelina anita ann anna anne annie anthony
antonio arthur ashley audrey austin barbara barry ben benjamin bernard beth betty beverly bill billy
bob bobby bonnie brad bradley brandon brenda brett brian brittany brooke brooklyn bruce bryan caleb
cameron carl carla carlos carmen carol caroline carter catherine cecilia charles charlie charlotte
chelsea cheryl chester chloe chris christian christina christine christopher cindy claire clara
clarence clifford clinton cody colin connie craig crystal curtis cynthia dale dallas dan daniel danny
darren dave david dawn dean debbie deborah denise dennis derek diana diane dolores dominic don donald
donna doris dorothy douglas dylan earl eddie edgar edith edward eileen elaine eleanor elena eli
elijah elizabeth ella ellen elliot emily emma eric erica erin ernest ethan eugene eva evan evelyn
faith florence frances francis frank fred frederick gabriel gail gary gene george gerald gina gladys
glen glenn gloria gordon grace grant greg gregory hannah harold harper harriet harry harvey hazel
heather helen henry herbert holly howard hugh ian irene isaac isabel isabella ivan jack jackie jackson
jacob jake james jamie jane janet janice jared jason jean jeff jeffrey jennifer jenny jeremy jerry
jesse jessica jill jim jimmy joan joe joel john johnny jonathan jose joseph josh joshua joy joyce juan
judith judy julia julian julie justin karen kate katherine kathleen kathy katie keith kelly ken
kenneth kevin kim kimberly kyle larry laura lauren lawrence leah lee leo leon leonard leslie liam
lillian lily linda lisa logan lois lori louis louise lucas lucy luis luke lydia madison maggie
marcus margaret maria marie marilyn mario mark marsha martha martin marvin mary mason matthew maureen
max megan melissa melvin michael michelle miguel mike mildred milton miriam molly monica morgan
nancy natalie nathan neil nicholas nicole noah norma norman oliver olivia oscar owen pamela patricia
patrick paul paula pauline peggy penny peter philip phillip phyllis rachel ralph randy ray raymond
rebecca regina richard rick rita robert roberta robin roger ronald rose roy ruby russell ruth ryan
sally samantha samuel sandra sara sarah scott sean seth shannon sharon shawn sheila shirley sidney
simon sophia sophie stanley stella stephanie stephen steve steven stuart sue susan sydney sylvia
tammy tanya ted teresa terry theodore theresa thomas tiffany tim timothy tina todd tom tommy tony
tracy travis troy tyler valerie vanessa vera veronica vicky victor victoria vincent virginia vivian
walter wanda warren wayne wendy wesley william willie wilson zachary
trevor kendall kylie courtney dustin
`;

/**
 * Given names common in the news of other languages — Spanish, Portuguese, Italian, French, German,
 * Russian, Arabic, Turkish: "Adriana Lima", "Luiz Inácio", "Mehmet Akar". Before a place's name they
 * make it a surname, as the English ones do. (Not those that are also big cities: Sofia, Florence.)
 */
const NAMES_ABROAD = `
adriana ahmet alberto alejandro alessandra alessandro alexei alfredo alvaro amir andrei andres
antoine antonella antonia arturo ayse beatriz bianca bruno camila carolina caterina cesar chiara
cristiano cristina daniela dario diego dieter dmitri eduardo elif elisa emilio emre enrique esteban
fabio fatima federico felipe fernanda fernando flavia francesca francisco franco francois gabriela
gabriele giovanni giulia giuseppe guillermo gustavo hans hassan hector hugo hussein ignacio igor
irina isabela jacques javier joao jorge juliana julio jurgen karim khalid klaus leila leonardo
lorena lorenzo luciana luigi luiz manuel marcela marcelo marco marcos mariana marta martina matteo
mauricio mehmet mikhail mohamed mohammed muhammad murat mustafa natalia nicolas olga olivier omar
pablo paolo pedro philippe pierre rafael raul renata ricardo roberto rodrigo sebastien sergei sergio
silvia simone stefan stefano svetlana tatiana thierry tiago uwe valentina valeria vicente vladimir
wolfgang yuri yusuf yves zeynep
`;

/** Common English surnames, for the same reason: "Davis" and "Mitchell" are towns, and far more often people. */
const SURNAMES = `
adams alexander allen anderson bailey baker barnes bell bennett brooks brown bryant butler campbell
carter clark cole coleman collins cook cooper cox davis edwards ellis evans fisher foster gibson
graham gray green griffin hall harris harrison hayes henderson hill howard hughes hunt jenkins
johnson jones kelly kennedy king lewis long marshall martin mcdonald miller mitchell moore morgan
morris murphy murray myers nelson owens parker patterson perry peterson phillips powell price reed
reynolds richardson roberts robinson rogers ross russell sanders scott simmons smith stevens stewart
sullivan taylor thompson turner walker wallace ward watson wells west white williams wood woods wright young
`;

/**
 * The commonest surnames of other languages news often quotes, for the same reason: "Perez", "Santos",
 * "Matsumoto" and "Zhang" are towns too, and on a page they are far more often someone quoted.
 */
const WORLD_SURNAMES = `
garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz
reyes morales cruz ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez moreno romero
herrera medina aguilar vargas guzman castro santos silva soto fernandez delgado vega rojas navarro
salazar molina pereira oliveira costa souza carvalho almeida ferreira rocha
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti
muller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter
martin bernard dubois durand leroy moreau laurent simon michel lefebvre
jansen janssen visser smit bakker
kim lee park choi jung kang cho yoon jang lim han shin kwon hwang ahn song yoo hong
wang zhang liu chen yang huang zhao zhou xu sun zhu hu guo lin luo gao liang zheng
nguyen tran pham vu dang bui
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu saito kuroda
ivanov smirnov kuznetsov popov petrov sokolov volkov
kumar singh sharma patel gupta shah khan ahmed hussain hassan rahman
yilmaz kaya demir sahin celik yildiz ozturk aydin
`;

/** The given names alone: a capitalised one right before a word marks that word as a person's surname. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...NAMES.split(/\s+/), ...NAMES_ABROAD.split(/\s+/)].filter(Boolean));

/** The common English surnames alone (the data pipeline: "John Smith" is too common a name to be one person's). */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(SURNAMES.split(/\s+/).filter(Boolean));

export const GIVEN_NAMES: ReadonlySet<string> = new Set([...FIRST_NAMES, ...COMMON_SURNAMES, ...WORLD_SURNAMES.split(/\s+/).filter(Boolean)]);

/** Prominence from which a place named like a given name keeps its ordinary reading (a city of millions). */
export const GIVEN_NAME_PLACE_MIN_PROMINENCE = 0.5;
/**
 * The same for a country's first-level region: a well-known one is what its name means in news, as a
 * city of millions is, where no better-known place shares the name ("across Virginia": an American
 * state needed the page's support before, and "heavy snow in Virginia and Maryland" marked only
 * Maryland; the Australian state still shares "Victoria" with British Columbia's capital).
 */
export const GIVEN_NAME_REGION_MIN_PROMINENCE = 0.4;
