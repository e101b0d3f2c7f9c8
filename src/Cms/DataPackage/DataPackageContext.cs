using Participation.Cms.Persistence;

namespace Participation.Cms.DataPackage;

/// <summary>An import in progress: every part writes inside the same unit of work, so an import lands whole or not at all.</summary>
public sealed record DataPackageContext(string Directory, UnitOfWork UnitOfWork, DateTimeOffset Now)
{
    public const string User = "import";
}
