// English labels of the model's concepts: every lens and level with a one-line description
// and the guiding questions a facilitator asks about it.

import type { LabelsPart } from "../types";

/** The English labels of lenses and levels. */
export const labels: LabelsPart = {
  brillen: {
    utilitair: {
      label: "Utilitarian lens",
      description:
        "Looks at the yield: resources, time, money and the projects that become feasible together.",
      questions: [
        "What does this collaboration concretely bring you and your organisation?",
        "Which projects only become possible when we pool our resources?",
        "What effort (time, people, budget) does it take, and is it worth what it yields?",
      ],
    },
    politiek: {
      label: "Political lens",
      description:
        "Looks at power and influence: who decides, who is heard and how to use influence well.",
      questions: [
        "Who has a say in this collaboration, and who does not?",
        "What influence do you bring, and how could it move the network forward?",
        "Whose recognition or mandate do you need to be able to take part?",
      ],
    },
    zingevend: {
      label: "Meaning lens",
      description:
        "Looks at vision and values: what we believe in together and the societal value we create.",
      questions: [
        "Which values drive you and your organisation in this?",
        "What difference do we want to make together for the people it is about?",
        "What would you never give up on, and why?",
      ],
    },
    relationeel: {
      label: "Relational lens",
      description:
        "Looks at relations and trust: how partners treat each other and how connection grows.",
      questions: [
        "How do you experience the contacts with the other partners today?",
        "What do you need to be able to trust the others?",
        "What could we do to get to know each other better?",
      ],
    },
  },
  niveaus: {
    individu: {
      label: "Individual",
      description:
        "What the collaboration means for the person at the table: time, role, work, feelings.",
      questions: [
        "What does this collaboration bring you personally?",
        "What does it cost you, and what makes it worth it?",
      ],
    },
    organisatie: {
      label: "Organisation",
      description: "Why the organisation behind the partner spends time and means on this.",
      questions: [
        "Why does your organisation invest time in this network?",
        "What will you need to show your organisation afterwards?",
      ],
    },
    netwerk: {
      label: "Network",
      description:
        "What added value the partners create together, for their shared target group or region.",
      questions: [
        "What added value do we create together that none of us could create alone?",
        "Who do we ultimately do this for, and do they notice the difference?",
      ],
    },
  },
};
