package org.civicbrief.core.civic;

import java.util.Arrays;
import java.util.Set;

/** The closed word lists statement classification matches against, as lowercase lemmas or words. */
final class Cues {

  private Cues() {}

  /** A set that tolerates repeated entries, so the lists can grow without a startup failure. */
  private static Set<String> words(String... w) {
    return Set.copyOf(Arrays.asList(w));
  }

  /** Modal verbs of obligation: outside quotes and unattributed, the writer prescribes. */
  static final Set<String> DEONTIC_MODALS = words("should", "must", "ought", "shall");

  /** Verbs that, after a deontic modal or as an imperative, ask someone to act. */
  static final Set<String> CALL_VERBS =
      words(
          "urge",
          "demand",
          "contact",
          "call",
          "write",
          "vote",
          "support",
          "oppose",
          "join",
          "sign",
          "reject",
          "resist",
          "act",
          "press",
          "push",
          "tell",
          "speak",
          "protest",
          "boycott",
          "donate",
          "insist",
          "fight",
          "stand",
          "rally",
          "petition",
          "organize",
          "organise",
          "lobby",
          "mobilize",
          "mobilise",
          "register",
          "volunteer",
          "share",
          "email",
          "phone",
          "defend",
          "enforce",
          "hold",
          "stop",
          "refuse");

  /** Subjects that address the reader or the public. */
  static final Set<String> AUDIENCE =
      words(
          "you",
          "we",
          "voters",
          "voter",
          "citizens",
          "readers",
          "americans",
          "everyone",
          "taxpayers",
          "constituents",
          "residents",
          "people",
          "parents",
          "consumers",
          "workers");

  /** First-person pronouns: outside quotes they are the writer speaking. */
  static final Set<String> FIRST_PERSON =
      words("i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves");

  /**
   * Words that judge rather than describe. Only strong ones: a word news reporting uses for
   * description ("dangerous conditions") would make every story opinion.
   */
  static final Set<String> EVALUATIVE =
      words(
          "shameful",
          "disgraceful",
          "outrageous",
          "reckless",
          "brilliant",
          "terrible",
          "wonderful",
          "disastrous",
          "absurd",
          "ridiculous",
          "foolish",
          "unacceptable",
          "appalling",
          "heroic",
          "cowardly",
          "pathetic",
          "laughable",
          "needless",
          "misguided",
          "sadly",
          "fortunately",
          "unfortunately",
          "clearly",
          "obviously",
          "undoubtedly",
          "surely",
          "shockingly",
          "disgusting",
          "hypocritical",
          "fearmongering",
          "bluster",
          "saber-rattling",
          "sabre-rattling",
          "scourge",
          "lawless",
          "tyrannical",
          "heartless",
          "incompetent",
          "senseless",
          "unchecked",
          "dangerously",
          "egregious",
          "unconscionable");

  /** Words that pronounce a legal verdict; in the article's own voice they are its judgement. */
  static final Set<String> LEGAL_VERDICTS =
      words(
          "violate",
          "violates",
          "violated",
          "violating",
          "illegal",
          "unlawful",
          "unconstitutional",
          "infringe",
          "infringes",
          "infringed",
          "breach",
          "breaches",
          "illegitimate",
          "lawless");

  /**
   * Words before a verdict that make it a claim about this story: "would violate", "is illegal".
   */
  static final Set<String> VERDICT_FRAMES =
      words(
          "would",
          "will",
          "could",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "clearly",
          "plainly",
          "flagrantly",
          "blatantly",
          "also");

  /** Words that show a "must" states a legal requirement rather than the writer's demand. */
  static final Set<String> LEGAL_FRAMES =
      words(
          "law",
          "laws",
          "statute",
          "statutes",
          "constitution",
          "resolution",
          "treaty",
          "charter",
          "rule",
          "rules",
          "section",
          "clause",
          "article",
          "code",
          "requires",
          "required",
          "require",
          "under",
          "regulation",
          "regulations",
          "order",
          "ruling");

  /** Lemmas of verbs that attribute a claim to a speaker or a finding to a body. */
  static final Set<String> REPORTING_VERBS =
      words(
          "say",
          "tell",
          "argue",
          "contend",
          "claim",
          "warn",
          "note",
          "assert",
          "insist",
          "allege",
          "accuse",
          "charge",
          "maintain",
          "suggest",
          "add",
          "explain",
          "write",
          "state",
          "announce",
          "declare",
          "report",
          "rule",
          "find",
          "hold",
          "conclude",
          "testify",
          "acknowledge",
          "complain",
          "call",
          "describe",
          "criticize",
          "criticise",
          "condemn",
          "urge",
          "vow",
          "promise",
          "predict",
          "believe",
          "think",
          "fear",
          "worry",
          "hope",
          "stress",
          "emphasize",
          "emphasise",
          "counter",
          "respond",
          "reply",
          "deny",
          "dismiss",
          "view",
          "consider",
          "caution",
          "concede",
          "observe",
          "question",
          "dispute",
          "tweet",
          "post",
          "confirm",
          "estimate",
          "recall",
          "insist",
          "signal",
          "indicate",
          "propose");

  /** Nouns that frame what follows "that" as someone's view: "the sentiment that ...". */
  static final Set<String> ATTRIBUTION_NOUNS =
      words(
          "sentiment",
          "view",
          "belief",
          "message",
          "argument",
          "position",
          "claim",
          "assertion",
          "stance",
          "consensus",
          "contention",
          "fear",
          "hope",
          "concern",
          "expectation");

  /** Particles that turn a reporting verb into another verb: "called up", "held off". */
  static final Set<String> VERB_PARTICLES = words("into", "up", "out", "off", "back", "down");

  /** Auxiliaries before a past participle that keep it a verb of the clause. */
  static final Set<String> AUXILIARIES =
      words("has", "have", "had", "was", "were", "is", "are", "been", "be", "being");

  /** Relative pronouns: a reporting verb after one is in a subordinate clause. */
  static final Set<String> RELATIVE_PRONOUNS = words("who", "which", "that", "whom");

  /**
   * Words that may stand between a speaker and the reporting verb ("Trump has repeatedly said").
   */
  static final Set<String> SPEAKER_GAP =
      words(
          "has",
          "have",
          "had",
          "also",
          "even",
          "repeatedly",
          "publicly",
          "later",
          "previously",
          "recently",
          "often",
          "again",
          "then",
          "further",
          "have",
          "privately",
          "reportedly");

  /** Words a sentence may open with before an imperative ("So call your senator"). */
  static final Set<String> IMPERATIVE_OPENERS =
      words("so", "now", "then", "please", "and", "but", "just", "today", "instead", "first");
}
