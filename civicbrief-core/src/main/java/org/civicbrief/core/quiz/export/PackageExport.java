package org.civicbrief.core.quiz.export;

/**
 * An export whose file is a content package: a ZIP of XML files that a learning platform imports.
 */
interface PackageExport extends ExportQuiz {

  @Override
  default String fileExtension() {
    return "zip";
  }

  @Override
  default String mediaType() {
    return "application/zip";
  }
}
