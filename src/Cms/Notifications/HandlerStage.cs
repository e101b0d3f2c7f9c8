namespace Participation.Cms.Notifications;

/// <summary>
/// The order in which every node applies a committed change. A later stage reads what an earlier one built:
/// an index reads the new published snapshot, output-cache eviction follows the index, everything else comes last.
/// </summary>
public enum HandlerStage
{
    ContentTypes = 0,
    PublishedSnapshot = 100,
    Indexes = 200,
    OutputCache = 300,
    Default = 400,
}

/// <summary>Where a handler runs: on every node (caches, indexes) or once for the cluster (mail, webhooks).</summary>
public enum HandlerScope
{
    EveryNode,
    Cluster,
}
