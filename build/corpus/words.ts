// The corpus's vocabulary. Places and organisations are invented, so no generated story can be mistaken for a
// report about a real town or company.

const list = (words: string) => words.trim().split(/\s*\|\s*/)

/** The sections, and how often each section publishes, relative to the others: a real archive is mostly news. */
export const SECTION_WEIGHTS: Record<string, number> = {
  World: 5,
  Politics: 4,
  Business: 4,
  Science: 2,
  Technology: 2,
  Culture: 2,
  Sport: 3,
  Climate: 1,
}

export const KICKERS = list(
  'Analysis | Explainer | Exclusive | Interview | The Long Read | Live | Opinion | Investigation | Review',
)

export const FIRST_NAMES = list(`
  Amara | Bram | Clio | Dev | Elif | Farid | Greta | Hollis | Ines | Jonah | Kasia | Leon | Mireille | Nadia |
  Oskar | Priya | Quentin | Rosa | Soren | Tomas | Ursula | Viktor | Wen | Yusuf | Zara | Anouk | Callum |
  Delphine | Emeka | Freya | Gideon | Hana | Ivo | Jun | Lucia | Malik | Noor | Orla | Pavel | Ruth`)

export const LAST_NAMES = list(`
  Achterberg | Blom | Castellanos | Dunmore | Eriksen | Ferriby | Gallagher | Hartmann | Ishikawa | Jovanovic |
  Kowalczyk | Lindqvist | Mbeki | Nakamura | Okafor | Petrakis | Quintero | Rasmussen | Salo | Thorne |
  Underwood | Varga | Whitcombe | Yilmaz | Zielinski | Abernethy | Bellweather | Carvalho | Delacroix |
  Esposito | Fairbairn | Grisham | Holloway | Iyer | Kettering | Lachance | Moreau | Novak | Pemberton`)

export const PLACES = list(`
  Tarnmouth | Wenlow | Ashby Cross | Kestrel Bay | Harlow Fen | Orrin | Calder Vale | Brightwater | Northmere |
  Eastholm | Lisk | Marrow Point | Pellingham | Saltcote | Vantry | Westerby | Yarrow | Caddon | Fellgate |
  Greymoor | Hollins | Irongate | Juniper Flats | Lowick | Mossbank | Redhaven | Stanmere | Thistleford`)

export const ORGANISATIONS = list(`
  City Council | Port Authority | Institute of Technology | Water Board | Chamber of Commerce |
  Transit Authority | Teachers' Union | Football Club | Museum of Art | Observatory | Hospital Trust |
  District Court | Energy Company | Housing Association | Farmers' Cooperative | University | Police Service`)

export const ROLES = list(`
  a spokesperson | the chief executive | a senior official | the mayor | an economist | a researcher |
  a union organiser | the head of policy | a local resident | a shop owner | the director | a former minister`)

export const NOUNS = list(`
  budget | report | inquiry | election | harbour | railway | reservoir | hospital | treaty | tariff | drought |
  vaccine | satellite | museum | festival | strike | market | currency | pension | school | survey | coalition |
  parliament | ceasefire | border | refinery | pipeline | ferry | bridge | airport | library | orchestra |
  exhibition | league | stadium | season | forecast | flood | wildfire | glacier | reef | forest | laboratory |
  telescope | network | outage | merger | regulator | lawsuit | verdict | audit | protest | campaign | levy |
  tramline | curriculum | trial | subsidy | wind farm | water supply | bus route | housing plan | grain deal`)

export const GROUPS = list(`
  residents | investors | farmers | nurses | teachers | scientists | engineers | commuters | fans | shoppers |
  voters | landlords | students | fishermen | doctors | small businesses | lawmakers | negotiators`)

export const ADJECTIVES = list(`
  new | rural | regional | national | costly | overdue | disputed | historic | ambitious | fragile | record |
  emergency | early | final | sweeping | temporary | local | private | public | coastal | northern | southern |
  urban | digital | long-awaited | modest | sharp | unexpected | controversial | quiet | second | interim`)

/** Third person present (for headlines) and past (for the body). */
export const VERBS = list(`
  approves:approved | rejects:rejected | delays:delayed | expands:expanded | backs:backed | cuts:cut |
  raises:raised | blocks:blocked | unveils:unveiled | weighs:weighed | halts:halted | revives:revived |
  tests:tested | questions:questioned | defends:defended | reopens:reopened | doubles:doubled |
  funds:funded | abandons:abandoned | reviews:reviewed | restores:restored | challenges:challenged`).map(
  (pair) => {
    const [present = pair, past = pair] = pair.split(':')
    return { present, past }
  },
)

export const WHEN = list(`
  on Monday | on Tuesday | on Wednesday | on Thursday | on Friday | at the weekend | last week |
  earlier this month | last year | this spring | over the summer | in the autumn | overnight | since January`)

export const HEADLINE_ENDINGS = list(`
  After Long Delay | Amid Protests | in Close Vote | Despite Warnings | for Second Year | as Costs Rise |
  as Talks Stall | Ahead of Election | After Storm | Under Pressure | in Surprise Move | as Deadline Looms`)

export const CONNECTORS = list('and | but | while | after | as | although | because')

export const HEADINGS = list(`
  What comes next | Counting the cost | Who pays | A long road | The view from the ground | Behind the numbers |
  How we got here | The case against | Unanswered questions | A change of course | Lessons elsewhere`)

export const SCENES = list(`
  gather outside | walk past | queue at | stand beside | look over | work near | cross | wait outside`)

export const SCENE_DETAILS = list(`
  under a grey sky | in low winter sun | with rain on the ground | as lights come on at dusk |
  beside a row of parked vans | in the early morning | behind a line of barriers | in a strong wind`)

export const PHOTO_AGENCIES = list(
  'Northmere Pictures | Saltcote Press Agency | Redhaven Photo Desk',
)
