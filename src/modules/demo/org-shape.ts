/** What the demo organization is made of: its places, departments, titles and goals. */

export type Location = { id: string; name: string; timeZone: string };

export const LOCATIONS: readonly Location[] = [
  { id: "london", name: "London", timeZone: "Europe/London" },
  { id: "dublin", name: "Dublin", timeZone: "Europe/Dublin" },
  { id: "lisbon", name: "Lisbon", timeZone: "Europe/Lisbon" },
  { id: "madrid", name: "Madrid", timeZone: "Europe/Madrid" },
  { id: "paris", name: "Paris", timeZone: "Europe/Paris" },
  { id: "berlin", name: "Berlin", timeZone: "Europe/Berlin" },
  { id: "warsaw", name: "Warsaw", timeZone: "Europe/Warsaw" },
  { id: "new-york", name: "New York", timeZone: "America/New_York" },
  { id: "toronto", name: "Toronto", timeZone: "America/Toronto" },
  { id: "mexico-city", name: "Mexico City", timeZone: "America/Mexico_City" },
  { id: "sao-paulo", name: "São Paulo", timeZone: "America/Sao_Paulo" },
  { id: "lagos", name: "Lagos", timeZone: "Africa/Lagos" },
  { id: "nairobi", name: "Nairobi", timeZone: "Africa/Nairobi" },
  { id: "dubai", name: "Dubai", timeZone: "Asia/Dubai" },
  { id: "bangalore", name: "Bengaluru", timeZone: "Asia/Kolkata" },
  { id: "singapore", name: "Singapore", timeZone: "Asia/Singapore" },
  { id: "seoul", name: "Seoul", timeZone: "Asia/Seoul" },
  { id: "tokyo", name: "Tokyo", timeZone: "Asia/Tokyo" },
  { id: "sydney", name: "Sydney", timeZone: "Australia/Sydney" },
];

export type Department = {
  name: string;
  /** Share of the organization (relative). */
  weight: number;
  /** Titles from the head of the department down to first-line managers. */
  leaders: readonly [head: string, director: string, manager: string, lead: string];
  /** Titles of people without reports: senior ones first. */
  seniors: readonly string[];
  juniors: readonly string[];
  /** Skill categories (of the organization's taxonomy) this department's people mostly have. */
  categories: readonly string[];
};

export const DEPARTMENTS: readonly Department[] = [
  {
    name: "Engineering",
    weight: 30,
    leaders: ["VP of Engineering", "Director of Engineering", "Engineering Manager", "Tech Lead"],
    seniors: ["Staff Engineer", "Senior Software Engineer", "Senior Site Reliability Engineer"],
    juniors: ["Software Engineer", "Frontend Engineer", "Backend Engineer", "QA Engineer"],
    categories: [
      "Programming languages",
      "Software engineering",
      "Web and mobile development",
      "Cloud and infrastructure",
      "Security and compliance",
    ],
  },
  {
    name: "Product and Design",
    weight: 9,
    leaders: [
      "Chief Product Officer",
      "Director of Product",
      "Group Product Manager",
      "Design Lead",
    ],
    seniors: ["Senior Product Manager", "Principal Designer", "Senior UX Researcher"],
    juniors: ["Product Manager", "Product Designer", "UX Writer", "UX Researcher"],
    categories: ["Design and product", "Ways of working", "Data and analytics"],
  },
  {
    name: "Data",
    weight: 7,
    leaders: ["Head of Data", "Director of Analytics", "Analytics Manager", "Data Science Lead"],
    seniors: ["Senior Data Scientist", "Senior Data Engineer", "Staff Analyst"],
    juniors: ["Data Analyst", "Data Scientist", "Analytics Engineer"],
    categories: ["Data and analytics", "Programming languages", "Information skills"],
  },
  {
    name: "Sales",
    weight: 14,
    leaders: [
      "Chief Revenue Officer",
      "Regional Sales Director",
      "Sales Manager",
      "Team Lead, Sales",
    ],
    seniors: ["Senior Account Executive", "Enterprise Account Executive", "Solutions Consultant"],
    juniors: ["Account Executive", "Sales Development Representative", "Account Manager"],
    categories: [
      "Marketing and sales",
      "Communication, collaboration and creativity",
      "Business applications",
    ],
  },
  {
    name: "Marketing",
    weight: 7,
    leaders: ["VP of Marketing", "Director of Marketing", "Marketing Manager", "Content Lead"],
    seniors: ["Senior Content Strategist", "Senior Brand Designer", "Growth Marketing Lead"],
    juniors: ["Marketing Specialist", "Content Writer", "Community Manager", "Events Coordinator"],
    categories: [
      "Marketing and sales",
      "Design and product",
      "Communication, collaboration and creativity",
    ],
  },
  {
    name: "Customer Success",
    weight: 12,
    leaders: [
      "VP of Customer Success",
      "Director of Support",
      "Support Manager",
      "Team Lead, Support",
    ],
    seniors: ["Senior Customer Success Manager", "Support Engineer", "Onboarding Specialist"],
    juniors: ["Customer Success Manager", "Support Specialist", "Technical Support Agent"],
    categories: [
      "Communication, collaboration and creativity",
      "Assisting and caring",
      "Office and collaboration tools",
    ],
  },
  {
    name: "Operations",
    weight: 8,
    leaders: [
      "Chief Operating Officer",
      "Director of Operations",
      "Operations Manager",
      "Shift Lead",
    ],
    seniors: ["Senior Operations Analyst", "Logistics Coordinator", "Facilities Lead"],
    juniors: ["Operations Associate", "Warehouse Associate", "Office Coordinator"],
    categories: [
      "Management skills",
      "Handling and moving",
      "Working with machinery and specialised equipment",
      "Office and collaboration tools",
    ],
  },
  {
    name: "Finance",
    weight: 5,
    leaders: ["Chief Financial Officer", "Finance Director", "Finance Manager", "Controller"],
    seniors: ["Senior Financial Analyst", "Senior Accountant", "Procurement Lead"],
    juniors: ["Financial Analyst", "Accountant", "Payroll Specialist"],
    categories: ["Finance and strategy", "Business applications", "Information skills"],
  },
  {
    name: "People",
    weight: 5,
    leaders: [
      "Chief People Officer",
      "Director of People",
      "People Partner Manager",
      "Learning and Development Lead",
    ],
    seniors: ["Senior People Partner", "Senior Recruiter", "Learning Designer"],
    juniors: ["People Partner", "Recruiter", "People Operations Specialist"],
    categories: [
      "People and leadership",
      "Management skills",
      "Communication, collaboration and creativity",
    ],
  },
  {
    name: "Legal and Compliance",
    weight: 3,
    leaders: ["General Counsel", "Director of Compliance", "Legal Manager", "Privacy Lead"],
    seniors: ["Senior Counsel", "Senior Compliance Analyst"],
    juniors: ["Legal Counsel", "Compliance Analyst", "Paralegal"],
    categories: [
      "Security and compliance",
      "Information skills",
      "Thinking skills and competences",
    ],
  },
];

/** Categories everybody draws from a little, whatever their department. */
export const SHARED_CATEGORIES = [
  "People and leadership",
  "Communication, collaboration and creativity",
  "Ways of working",
  "Office and collaboration tools",
  "Languages",
  "Management skills",
  "Thinking skills and competences",
  "Self-management skills and competences",
];

export const OBJECTIVES = [
  "Grow our leaders from within",
  "Make every team data-informed",
  "Help every new customer succeed in their first month",
  "Build securely by default",
  "Become a place where people teach each other",
];

/** "{skill}" is one of the person's wanted skills. */
export const SKILL_GOALS = [
  "Get confident with {skill} by the end of the quarter",
  "Use {skill} on a real project, with someone to check my work",
  "Learn enough {skill} to review my team's work",
  "Go from the basics of {skill} to teaching it to a new joiner",
  "Understand where {skill} fits in what our team does",
  "Practise {skill} every week for three months",
];

export const GENERAL_GOALS = [
  "Prepare to lead a small team",
  "Give clearer, kinder feedback in one-to-ones",
  "Speak at an internal meetup",
  "Understand how our customers use the product day to day",
  "Say no to low-value work and protect time for deep work",
  "Mentor a new joiner through their first three months",
  "Write down what I know so others don't depend on me",
  "Build a network outside my own department",
  "Get better at estimating and planning my work",
  "Move into a role closer to customers",
];

export const BIOS = [
  "{title} in {location}. Happy to talk about {skill}.",
  "I've been a {title} for a few years; ask me anything about {skill}.",
  "Based in {location}. Currently learning {wanted}, and glad to help with {skill}.",
  "{title}. I like untangling hard problems and explaining them simply.",
  "Outside work: long walks, good books and too many houseplants. At work: {skill}.",
];
