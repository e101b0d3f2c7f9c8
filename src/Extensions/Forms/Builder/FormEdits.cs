using Participation.Extensions.Forms.Definitions;

namespace Participation.Extensions.Forms.Builder;

/// <summary>
/// The builder's changes to a form's structure, each returning a new definition: pages, fieldsets and fields are
/// added, renamed, moved one step up or down among their siblings, and removed. Ids find the item, wherever it is.
/// </summary>
public static class FormEdits
{
    public static FormDefinition AddPage(this FormDefinition form, string caption) =>
        form with { Pages = [.. form.Pages, new FormPage { Id = Guid.NewGuid(), Caption = caption }] };

    public static FormDefinition AddFieldset(this FormDefinition form, Guid pageId, string caption, Guid? id = null) =>
        form.MapPages(p => p.Id == pageId
            ? p with { Fieldsets = [.. p.Fieldsets, new FormFieldset { Id = id ?? Guid.NewGuid(), Caption = caption, Columns = [new FormColumn()] }] }
            : p);

    /// <summary>Into the fieldset's last column (one column of width 12 for a fieldset without any).</summary>
    public static FormDefinition AddField(this FormDefinition form, Guid fieldsetId, FormField field) =>
        form.MapFieldsets(s => s.Id != fieldsetId ? s : s with
        {
            Columns = s.Columns.Count == 0
                ? [new FormColumn { Fields = [field] }]
                : [.. s.Columns.SkipLast(1), s.Columns[^1] with { Fields = [.. s.Columns[^1].Fields, field] }],
        });

    public static FormDefinition RenamePage(this FormDefinition form, Guid pageId, string caption) =>
        form.MapPages(p => p.Id == pageId ? p with { Caption = caption } : p);

    public static FormDefinition RenameFieldset(this FormDefinition form, Guid fieldsetId, string caption) =>
        form.MapFieldsets(s => s.Id == fieldsetId ? s with { Caption = caption } : s);

    public static FormDefinition ReplaceField(this FormDefinition form, FormField field) =>
        form.MapColumns(c => c with { Fields = c.Fields.Select(f => f.Id == field.Id ? field : f).ToList() });

    /// <summary>Moves a page, fieldset or field one place (-1 up, +1 down) among its siblings; at either end it stays.</summary>
    public static FormDefinition Move(this FormDefinition form, Guid id, int direction) =>
        (form with { Pages = Shift(form.Pages, p => p.Id == id, direction) })
            .MapPages(p => p with { Fieldsets = Shift(p.Fieldsets, s => s.Id == id, direction) })
            .MapColumns(c => c with { Fields = Shift(c.Fields, f => f.Id == id, direction) });

    public static FormDefinition Remove(this FormDefinition form, Guid id) =>
        (form with { Pages = form.Pages.Where(p => p.Id != id).ToList() })
            .MapPages(p => p with { Fieldsets = p.Fieldsets.Where(s => s.Id != id).ToList() })
            .MapColumns(c => c with { Fields = c.Fields.Where(f => f.Id != id).ToList() });

    private static FormDefinition MapPages(this FormDefinition form, Func<FormPage, FormPage> map) =>
        form with { Pages = form.Pages.Select(map).ToList() };

    private static FormDefinition MapFieldsets(this FormDefinition form, Func<FormFieldset, FormFieldset> map) =>
        form.MapPages(p => p with { Fieldsets = p.Fieldsets.Select(map).ToList() });

    private static FormDefinition MapColumns(this FormDefinition form, Func<FormColumn, FormColumn> map) =>
        form.MapFieldsets(s => s with { Columns = s.Columns.Select(map).ToList() });

    private static List<T> Shift<T>(IReadOnlyList<T> items, Func<T, bool> match, int direction)
    {
        var list = items.ToList();
        var index = list.FindIndex(i => match(i));
        var target = index + Math.Sign(direction);
        if (index >= 0 && target >= 0 && target < list.Count)
        {
            (list[index], list[target]) = (list[target], list[index]);
        }

        return list;
    }
}
