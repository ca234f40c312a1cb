package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every card file validates against the published card schema. */
class CardSchemaTest {

  private static JsonSchema schema;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = LoadCards.class.getClassLoader().getResourceAsStream(LoadCards.SCHEMA)) {
      assertThat(in).as("schema on the classpath").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static List<Path> cardFiles() {
    return KbFiles.cardFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cardFiles")
  void cardValidatesAgainstTheSchema(Path file) throws IOException {
    JsonNode card = YAML.readTree(file.toFile());
    Set<ValidationMessage> errors = schema.validate(card);
    assertThat(errors).as(file.getFileName().toString()).isEmpty();
  }

  @Test
  void schemaRejectsACardWithoutASourceOrWithTooFewDistractors() throws IOException {
    JsonNode card =
        YAML.readTree(
            """
            id: sample
            name: Sample
            category: law
            gloss: a sample card for the test
            explanation: This card has no source. It should not validate against the schema at all.
            triggers: [{pattern: sample}]
            quizFacts:
              - {question: "Is it valid?", answer: "No", distractors: ["Yes"]}
              - {question: "Is it valid now?", answer: "No", distractors: ["Yes", "Maybe", "Later"]}
            examples: {match: [a sample sentence], noMatch: [another sentence]}
            """);
    assertThat(schema.validate(card))
        .extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("source"))
        .anyMatch(m -> m.contains("distractors"));
  }
}
