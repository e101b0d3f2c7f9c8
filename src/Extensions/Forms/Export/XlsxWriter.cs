using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Participation.Extensions.Forms.Export;

/// <summary>
/// An .xlsx workbook with one sheet, written with the Open XML SDK (ClosedXML 0.95, the version on offer, pulls in
/// System.Drawing.Common and an old Open XML SDK). Every cell is an inline string, never a formula, so an answer that
/// starts with '=' stays text without the CSV export's apostrophe.
/// </summary>
public static class XlsxWriter
{
    public static byte[] Write(EntryTable table, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in table.Rows.Prepend(table.Headers))
            {
                data.AppendChild(new Row(row.Select(cell => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(cell)) { Space = SpaceProcessingModeValues.Preserve }) })));
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        }

        return stream.ToArray();
    }

    // XML cannot carry most control characters; an answer with one would make the whole file unreadable.
    private static string XmlSafe(string value) =>
        value.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) ? value : new string(value.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
}
