package org.civicbrief.app.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Role;
import org.junit.jupiter.api.Test;

/**
 * People the article gives a role were listed without one (issue 16): a title not yet held
 * ("President-elect"), a role that names whom the person serves ("a lawyer representing Trump"), an
 * appositive longer than a role ("an attorney for a group of … voters from Colorado seeking …"),
 * and an office written before the name with a comma ("Colorado Secretary of State, Jena
 * Griswold,").
 */
class StatedRolesTest {

  private static Map<String, String> roles() {
    Briefing b =
        SharedPipeline.pipeline()
            .brief(SharedPipeline.article("/briefing/roles-stated.txt", "2026-11-10"))
            .briefing();
    return b.actors().stream()
        .filter(a -> a.kind() == ActorKind.PERSON)
        .collect(
            Collectors.toMap(Actor::name, a -> a.role().map(Role::text).orElse(""), (x, y) -> x));
  }

  @Test
  void everyPersonHasTheRoleTheArticleStates() {
    assertThat(roles())
        .containsEntry("Dana Whitcombe", "Mayor-elect")
        .containsEntry("Owen Pardee", "lawyer representing Whitcombe")
        .containsEntry("Lena Osei", "organizer for a coalition of tenants and small landlords")
        .containsEntry("Irene Vasquez", "Harlow County Clerk of Courts");
  }
}
