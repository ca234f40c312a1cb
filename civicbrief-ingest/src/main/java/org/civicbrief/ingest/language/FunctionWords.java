package org.civicbrief.ingest.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most frequent short words of each Latin-script language we tell apart. Words that several
 * languages share count for each of them, divided by how many share them.
 */
final class FunctionWords {

  static final Map<String, Set<String>> BY_LANGUAGE =
      Map.of(
          "en",
          words(
              "the of and to a in is that for it was on with as he she by at from his her they have"
                  + " has be are were this which said not but or an will would their been who its had"
                  + " we after about more also than there could one new into when what our can"
                  + " should these those while"),
          "es",
          words(
              "el la los las de del y en que un una por con para es se no al lo su sus como más pero"
                  + " fue este esta ha son está también entre sobre cuando muy sin ya desde porque hasta"
                  + " dijo según le les han ser hay sido donde"),
          "fr",
          words(
              "le la les de des du et en un une est que qui dans pour pas sur au aux avec ce cette il"
                  + " elle ils sont par plus ne se mais ou été a à son sa ses leur nous vous était"
                  + " aussi comme après ont selon"),
          "de",
          words(
              "der die das den dem des und ist nicht ein eine einen einem zu mit sich auf für von im"
                  + " auch es an werden wird sie er wir nach bei aus wie oder sind hat haben dass war"
                  + " noch über sagte wurde zum zur"),
          "it",
          words(
              "il lo la i gli le di del della dei delle e è che un una per non con sono da nel nella al"
                  + " alla si anche come più ma ha questo questa ad essere stato dopo tra fra loro"
                  + " degli hanno era"),
          "pt",
          words(
              "o a os as de do da dos das e em no na nos nas um uma que não para com por é se mais foi"
                  + " ao pelo pela como mas seu sua são também está já entre disse pelos foram ser"
                  + " ainda"),
          "nl",
          words(
              "de het een en van in is dat op te voor met niet zijn aan er ook als bij door om naar"
                  + " maar uit wordt werd heeft hebben nog over deze dit die wel zo tot of kan meer"
                  + " zei hij ze"));

  /** For each word, the share of its weight that each language gets. */
  static final Map<String, Double> WEIGHT = weights();

  private FunctionWords() {}

  private static Set<String> words(String spaceSeparated) {
    return Set.copyOf(List.of(spaceSeparated.split(" ")));
  }

  private static Map<String, Double> weights() {
    var sharing = new HashMap<String, Integer>();
    BY_LANGUAGE.values().forEach(set -> set.forEach(w -> sharing.merge(w, 1, Integer::sum)));
    var weights = new HashMap<String, Double>();
    sharing.forEach((word, n) -> weights.put(word, 1.0 / n));
    return Map.copyOf(weights);
  }
}
