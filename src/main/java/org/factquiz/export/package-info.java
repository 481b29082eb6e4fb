/** Exports of question sets to LMS formats, one class per format, with an export report. */
package org.factquiz.export;
