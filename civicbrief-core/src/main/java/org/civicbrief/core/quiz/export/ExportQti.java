package org.civicbrief.core.quiz.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.quiz.Question;
import org.w3c.dom.Element;

/**
 * An IMS QTI 3.0 content package (ZIP): {@code imsmanifest.xml}, one {@code qti-assessment-item}
 * per question under {@code items/}, and {@code assessment.xml}, the test that lists them in quiz
 * order.
 */
final class ExportQti implements PackageExport {

  static final String MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
  private static final String MANIFEST_SCHEMA =
      MANIFEST_NAMESPACE
          + " https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
  static final String TEST_FILE = "assessment.xml";

  @Override
  public String format() {
    return "qti";
  }

  @Override
  public void write(Briefing briefing, OutputStream out) throws IOException {
    QuizSheet sheet = QuizSheet.of(briefing);
    QtiIds ids = new QtiIds();
    String manifestId = ids.of("manifest-" + sheet.identifier());
    String testId = ids.of(sheet.identifier());
    String language = language(sheet.article().language());
    List<String> itemIds = new ArrayList<>();
    ZipPackage zip = new ZipPackage();
    List<XmlDocument> items = new ArrayList<>();
    for (Question q : sheet.questions()) {
      String id = ids.of(q.id());
      itemIds.add(id);
      items.add(QtiItem.of(q, sheet.feedback(q), id, language));
    }
    zip.add("imsmanifest.xml", manifest(manifestId, testId, itemIds));
    zip.add(TEST_FILE, test(sheet, testId, itemIds));
    for (int i = 0; i < items.size(); i++) {
      zip.add(itemFile(itemIds.get(i)), items.get(i));
    }
    zip.writeTo(out);
    out.flush();
  }

  static String itemFile(String id) {
    return "items/" + id + ".xml";
  }

  private static XmlDocument manifest(String manifestId, String testId, List<String> itemIds) {
    XmlDocument xml = XmlDocument.create(MANIFEST_NAMESPACE, "manifest", MANIFEST_SCHEMA);
    Element manifest = xml.root();
    manifest.setAttribute("identifier", manifestId);
    Element metadata = xml.add(manifest, "metadata");
    xml.addText(metadata, "schema", "QTI Package");
    xml.addText(metadata, "schemaversion", "3.0.0");
    xml.add(manifest, "organizations");
    Element resources = xml.add(manifest, "resources");
    Element test =
        xml.addWith(
            resources,
            "resource",
            "identifier",
            testId,
            "type",
            "imsqti_test_xmlv3p0",
            "href",
            TEST_FILE);
    xml.addWith(test, "file", "href", TEST_FILE);
    for (String id : itemIds) {
      xml.addWith(test, "dependency", "identifierref", id);
    }
    for (String id : itemIds) {
      Element item =
          xml.addWith(
              resources,
              "resource",
              "identifier",
              id,
              "type",
              "imsqti_item_xmlv3p0",
              "href",
              itemFile(id));
      xml.addWith(item, "file", "href", itemFile(id));
    }
    return xml;
  }

  private static XmlDocument test(QuizSheet sheet, String testId, List<String> itemIds) {
    XmlDocument xml = XmlDocument.create(QtiItem.NAMESPACE, "qti-assessment-test", QtiItem.SCHEMA);
    Element test = xml.root();
    test.setAttribute("identifier", testId);
    test.setAttribute("title", PlainText.line(sheet.title()));
    QtiItem.declareScore(xml, test);
    Element part =
        xml.addWith(
            test,
            "qti-test-part",
            "identifier",
            "part-1",
            "navigation-mode",
            "linear",
            "submission-mode",
            "individual");
    Element section =
        xml.addWith(
            part,
            "qti-assessment-section",
            "identifier",
            "section-1",
            "title",
            sheet.title(),
            "visible",
            "true");
    for (String id : itemIds) {
      xml.addWith(section, "qti-assessment-item-ref", "identifier", id, "href", itemFile(id));
    }
    Element sum =
        xml.add(
            xml.addWith(
                xml.add(test, "qti-outcome-processing"),
                "qti-set-outcome-value",
                "identifier",
                "SCORE"),
            "qti-sum");
    xml.addWith(sum, "qti-test-variables", "variable-identifier", "SCORE");
    return xml;
  }

  /** The article's language when it is a plain language tag, else English. */
  static String language(String code) {
    return code.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") ? code : "en";
  }
}
