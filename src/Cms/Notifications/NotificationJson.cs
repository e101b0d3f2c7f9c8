using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Participation.Cms.Notifications;

/// <summary>
/// Writes a unit of work's notifications into an instruction row and reads them back on every node. A type is known by
/// its full name; one this node does not know (an add-on it does not run) is skipped with a warning, never a failure.
/// </summary>
public sealed class NotificationJson(IEnumerable<HandlerRegistration> registrations, ILogger<NotificationJson> logger)
{
    private readonly Dictionary<string, Type> types = KnownTypes(registrations);

    public string Write(IEnumerable<INotification> notifications) =>
        new JsonArray(notifications.Select(n => (JsonNode?)new JsonObject
        {
            ["type"] = n.GetType().FullName,
            ["data"] = JsonSerializer.SerializeToNode(n, n.GetType(), JsonSerializerOptions.Web),
        }).ToArray()).ToJsonString();

    public IReadOnlyList<INotification> Read(string payload)
    {
        var list = new List<INotification>();
        foreach (var item in JsonNode.Parse(payload) as JsonArray ?? [])
        {
            var name = (string?)item?["type"];
            if (name is null || !types.TryGetValue(name, out var type))
            {
                logger.LogWarning("Skipping a change of unknown type {Type}", name);
                continue;
            }

            if (item!["data"].Deserialize(type, JsonSerializerOptions.Web) is INotification notification)
            {
                list.Add(notification);
            }
        }

        return list;
    }

    private static Dictionary<string, Type> KnownTypes(IEnumerable<HandlerRegistration> registrations) =>
        registrations.SelectMany(r => new[] { r.NotificationType.Assembly, r.HandlerType.Assembly })
            .Append(typeof(INotification).Assembly)
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(INotification).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.FullName is not null)
            .ToDictionary(t => t.FullName!, StringComparer.Ordinal);
}
