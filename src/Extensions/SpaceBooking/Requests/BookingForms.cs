using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.SpaceBooking.Requests;

/// <summary>
/// A booking form as one space shows it: its equipment question offers that space's own equipment tags (and is left out
/// when the space lists none), so the form's option check refuses anything the space does not have.
/// </summary>
internal static class BookingForms
{
    /// <summary>A form that answers a date, a start and an end books a slot; any other form picked on a space is a plain form.</summary>
    public static bool BooksSlots(FormDefinition form) =>
        form.Field(BookingFields.Date) is { Type: FieldTypes.Date }
        && form.Field(BookingFields.StartTime) is { Type: FieldTypes.Time }
        && form.Field(BookingFields.EndTime) is { Type: FieldTypes.Time };

    public static FormDefinition ForSpace(FormDefinition form, BookableSpace space)
    {
        if (form.Field(BookingFields.Equipment) is not { } question || !FieldTypes.HasOptions(question.Type))
        {
            return form;
        }

        FormField? shown = space.Equipment.Count == 0
            ? null
            : question with { PreValues = space.Equipment.Distinct(StringComparer.Ordinal).Select(tag => new PreValue(tag, Caption(tag))).ToList() };
        return form with
        {
            Pages = form.Pages.Select(page => page with
            {
                Fieldsets = page.Fieldsets.Select(set => set with
                {
                    Columns = set.Columns.Select(column => column with
                    {
                        Fields = column.Fields.Select(f => f.Id == question.Id ? shown : f).OfType<FormField>().ToList(),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }

    // Tags are typed in lower case ("datatykki"); an option reads as a sentence.
    private static string Caption(string tag) => tag.Length == 0 ? tag : char.ToUpperInvariant(tag[0]) + tag[1..];
}
