package org.civicbrief.app.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Scores predicted entity chunks against gold ones by exact match of tokens and type. */
final class ScoreEntities {

  EntityScores score(List<EntityChunk> gold, List<EntityChunk> predicted) {
    Set<EntityChunk> goldSet = new HashSet<>(gold);
    Map<String, Integer> goldCount = new TreeMap<>();
    Map<String, Integer> predCount = new TreeMap<>();
    Map<String, Integer> right = new HashMap<>();
    for (EntityChunk g : gold) {
      goldCount.merge(g.type(), 1, Integer::sum);
    }
    for (EntityChunk p : new HashSet<>(predicted)) {
      predCount.merge(p.type(), 1, Integer::sum);
      if (goldSet.contains(p)) {
        right.merge(p.type(), 1, Integer::sum);
      }
    }
    Set<String> types = new HashSet<>(goldCount.keySet());
    types.addAll(predCount.keySet());
    Map<String, Prf> byType = new TreeMap<>();
    int allRight = 0;
    for (String t : types) {
      int r = right.getOrDefault(t, 0);
      allRight += r;
      byType.put(t, Prf.of(r, predCount.getOrDefault(t, 0), r, goldCount.getOrDefault(t, 0)));
    }
    int allGold = goldCount.values().stream().mapToInt(Integer::intValue).sum();
    int allPred = predCount.values().stream().mapToInt(Integer::intValue).sum();
    goldCount.put("all", allGold);
    predCount.put("all", allPred);
    return new EntityScores(
        Prf.of(allRight, allPred, allRight, allGold), byType, goldCount, predCount);
  }
}
