namespace Participation.Cms.DataPackage;

/// <summary>
/// One kind of site data in <c>umbraco-data/</c> (content types, media, content, or an add-on's forms).
/// Parts run in <see cref="Order"/>: what others refer to comes first.
/// </summary>
public interface IDataPackagePart
{
    int Order { get; }

    Task ImportAsync(DataPackageContext context, CancellationToken cancellationToken);

    Task ExportAsync(string directory, CancellationToken cancellationToken);
}
