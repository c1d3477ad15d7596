/**
 * File → Export: a dialog with a preview ({@link lockstep.app.export.ExportDialog}) that writes the timeline as a
 * picture through {@link lockstep.app.export.TimelineExport}, the seam the timeline's exporter plugs into.
 */
package lockstep.app.export;
