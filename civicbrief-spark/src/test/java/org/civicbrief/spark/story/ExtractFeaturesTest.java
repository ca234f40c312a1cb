package org.civicbrief.spark.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractFeaturesTest {

  @Test
  void actorKeysDropTitlesAccentsAndPunctuation() {
    assertThat(ExtractFeatures.actorKey("Mayor Dana Whitfield")).isEqualTo("dana whitfield");
    assertThat(ExtractFeatures.actorKey("Dana Whitfield")).isEqualTo("dana whitfield");
    assertThat(ExtractFeatures.actorKey("José  Álvarez")).isEqualTo("jose alvarez");
    assertThat(ExtractFeatures.actorKey("Attorney General Ruth O'Neil")).isEqualTo("ruth o neil");
    assertThat(ExtractFeatures.actorKey("Former Gov. Elena Marsh")).isEqualTo("elena marsh");
  }

  @Test
  void organizationNamesThatStartLikeATitleKeepIt() {
    assertThat(ExtractFeatures.actorKey("General Motors")).isEqualTo("general motors");
    assertThat(ExtractFeatures.actorKey("Mayor")).isEqualTo("mayor");
  }
}
