// English why-questions: the questions a facilitator asks to descend from a position to the
// interests behind it, per lens and level. `{x}` stands for the position.

import type { WhyPart } from "../types";

/** The English why-questions. */
export const why: WhyPart = {
  templates: {
    "-": {
      individu: "What does {x} mean for you personally: what do you hope to gain or avoid?",
      organisatie:
        "Why does {x} matter to your organisation, and what does it need to be able to count on?",
      netwerk: "What would {x} bring the network as a whole, and who do we do it for in the end?",
    },
    utilitair: {
      individu: "What time, work or resources do you hope {x} will win or save for you?",
      organisatie:
        "Which shortage or cost of your organisation does {x} solve, and could that be done another way?",
      netwerk:
        "Which resources and projects come within reach together with {x}, and what if we arranged it differently?",
    },
    politiek: {
      individu: "What role, recognition or influence is at stake for you in {x}?",
      organisatie:
        "Why does your organisation need to steer or be visible in {x}, and what if that does not happen?",
      netwerk:
        "How does {x} help the partners carry more weight with those who decide, and who gets a say then?",
    },
    zingevend: {
      individu: "Which conviction or value makes {x} so important to you?",
      organisatie: "Which mission or values of your organisation is {x} connected to?",
      netwerk: "What difference do you want {x} to make, together, for the people it is about?",
    },
    relationeel: {
      individu:
        "With whom are you looking for a better bond through {x}, and what do you need to trust them?",
      organisatie:
        "Which relationship of your organisation with the other partners should {x} protect or repair?",
      netwerk: "What would {x} change in how the partners treat and trust each other?",
    },
  },
  reference: "this position",
  mirror: 'You mention "{phrase}". ',
  determiners:
    "a an the our their his her my this these those every all no more extra two three four five",
  adjectiveEnding: "",
};
