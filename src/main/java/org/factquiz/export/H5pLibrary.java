package org.factquiz.export;

/** The H5P content types a factquiz Question Set uses, with the versions we write for. */
enum H5pLibrary {
  MULTI_CHOICE("H5P.MultiChoice", 1, 16, "Multiple Choice"),
  TRUE_FALSE("H5P.TrueFalse", 1, 8, "True/False Question"),
  BLANKS("H5P.Blanks", 1, 14, "Fill in the Blanks"),
  DRAG_TEXT("H5P.DragText", 1, 10, "Drag the Words");

  final String machineName;
  final int major;
  final int minor;
  final String contentType;

  H5pLibrary(String machineName, int major, int minor, String contentType) {
    this.machineName = machineName;
    this.major = major;
    this.minor = minor;
    this.contentType = contentType;
  }

  /** The "library" string of a sub-content entry, e.g. "H5P.MultiChoice 1.16". */
  String versioned() {
    return machineName + " " + major + "." + minor;
  }
}
