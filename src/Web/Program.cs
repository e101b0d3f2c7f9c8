using Participation.Cms.Backoffice;
using Participation.Cms.Backoffice.Origin;
using Participation.Cms.DeliveryApi;
using Participation.Cms.Hosting;
using Participation.Cms.Logging;
using Participation.Cms.PageCache;
using Participation.Cms.Security;
using Participation.Cms.Security.ApiTokens;
using Participation.Extensions.AreaCommittees;
using Participation.Extensions.AssociationDirectory;
using Participation.Extensions.Feeds;
using Participation.Extensions.Forms;
using Participation.Extensions.Persistence;
using Participation.Extensions.Registration;
using Participation.Extensions.Sharing;
using Participation.Extensions.SpaceBooking;
using Participation.Web.Localization;
using Participation.Web.Listings;
using Participation.Web.Search;
using Participation.Web.Site;

var builder = WebApplication.CreateBuilder(args);

builder.AddSecretFiles()
    .AddSecurityHeaders()
    .AddLogShipping()
    .AddCms()
    .AddDeliveryApi()
    .AddBackoffice()
    .AddApiTokens()
    .AddExtensionsDatabase()
    .AddForms()
    .AddDirectory()
    .AddRegistration()
    .AddAreaCommittees()
    .AddSpaceBooking()
    .AddSharing()
    .AddFeeds()
    .AddSitePages()
    .AddUiText()
    .AddSiteHosting();

var app = builder.Build();

if (await app.RunCommandAsync(args))
{
    return;
}

app.BeginCmsStart();
app.UseSecurityHeaders();
app.UseBackofficeHost();
app.UseStartingPage();
app.UseSiteHosting();
app.UsePageCache();
app.MapBackoffice();
app.MapDeliveryApi();
app.MapForms();
app.MapSpaceBooking();
app.MapFeeds();
app.MapSharing();
app.MapSiteSearch();
app.MapDirectoryApi();
app.MapCms();

await app.RunAsync();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
