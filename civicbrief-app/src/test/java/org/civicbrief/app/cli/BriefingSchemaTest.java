package org.civicbrief.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.junit.jupiter.api.Test;

/** The JSON the command writes is the JSON the documented schema describes. */
class BriefingSchemaTest {

  @Test
  void briefingJsonValidatesAgainstTheDocumentedSchema() throws IOException {
    Path schemaFile = Path.of("..", "docs", "schema", "briefing-1.schema.json");
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(schemaFile));
    Briefing briefing = SharedPipeline.fixtureBriefing();
    JsonNode json =
        new ObjectMapper().readTree(new org.civicbrief.json.BriefingJson().pretty(briefing));
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).isEmpty();
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(Briefing.SCHEMA_VERSION);
  }
}
