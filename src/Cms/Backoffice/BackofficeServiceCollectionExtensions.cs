using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Participation.Cms.Backoffice.Editing;
using Participation.Cms.Backoffice.Origin;
using Participation.Cms.Backoffice.Preview;
using Participation.Cms.Jobs;
using Participation.Cms.Backoffice.Security;
using Participation.Cms.Backoffice.Sessions;
using Participation.Cms.Backoffice.Text;
using Participation.Cms.Persistence;
using Participation.Cms.Security;
using Participation.Cms.Security.KeyProtection;

namespace Participation.Cms.Backoffice;

public static class BackofficeServiceCollectionExtensions
{
    public const string OidcScheme = "oidc";

    /// <summary>The editors' side at <c>/umbraco</c>: sign-in (local and OpenID Connect), roles, editing, media, scheduling, preview.</summary>
    public static WebApplicationBuilder AddBackoffice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Serve this library's wwwroot (/_content/Participation.Cms/...) from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        services.AddScoped(sp => sp.GetRequiredService<CmsDatabase>().CreateContext());
        builder.AddKeyProtection();
        services.AddBackofficeHost();

        services.AddIdentity<BackofficeUser, IdentityRole>(options =>
            {
                // OWASP ASVS 5: length, no composition rules, a breached-list check, lockout.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Counted for wrong second-step codes only; wrong passwords are throttled per client (SignInThrottle).
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddUserStore<BackofficeUserStore>()
            .AddSignInManager<BackofficeSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<BackofficeIdentityErrors>();

        services.AddSingleton<UsedTotpSteps>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<UnknownUserPasswordCheck>();

        // Every backoffice request checks the session's security stamp against the user's, so a role change, a new
        // password or a removed login ends other sessions at once instead of after the default 30 minutes.
        // The check builds a new principal from the user and would drop how the session signed in: keep its two-step mark.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.Zero;
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal is { } current && TwoStepSignInPolicy.PassedTwoSteps(current) && context.NewPrincipal?.Identity is ClaimsIdentity identity
                    && !TwoStepSignInPolicy.PassedTwoSteps(context.NewPrincipal))
                {
                    identity.AddClaim(TwoStepSignInPolicy.MultiFactorClaim);
                }

                return Task.CompletedTask;
            };
        });
        services.AddOptions<TwoStepSignInOptions>().BindConfiguration("Cms:Backoffice:TwoStepSignIn").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TwoStepSignInPolicy>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Participation.Backoffice";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.LoginPath = "/umbraco/login";
            options.LogoutPath = "/umbraco/logout";
            options.AccessDeniedPath = "/umbraco/access-denied";
            SessionLifetime.Apply(options);
            SessionTracking.Apply(options);
            var denied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<SecurityLog>().AccessDenied(context.HttpContext);
                return denied(context);
            };
        });
        services.AddSingleton<SecurityLog>();
        services.AddMemoryCache();
        services.AddSingleton<BackofficeSessions>();
        services.AddScoped<UserAccountChanges>();
        services.AddScoped<CurrentPasswordCheck>();
        services.AddScoped<PasswordResetLinks>();
        services.AddOptions<PasswordResetOptions>().BindConfiguration("Cms:Backoffice:PasswordReset").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PasswordContextOptions>().BindConfiguration("Cms:Backoffice:Passwords");
        services.AddSingleton<PasswordContextWords>();

        // OWASP's figure for PBKDF2-HMAC-SHA512 (Identity's default is 100 000); older hashes are redone at next sign-in.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        var oidc = builder.Configuration.GetSection("Cms:Backoffice:OpenIdConnect").Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        services.AddSingleton(oidc);
        if (oidc.Enabled)
        {
            services.AddAuthentication().AddOpenIdConnect(OidcScheme, oidc.DisplayName, options =>
            {
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.CallbackPath = "/umbraco/signin-oidc";
                options.SignedOutCallbackPath = "/umbraco/signout-oidc";
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email", oidc.RoleClaim })
                {
                    options.Scope.Add(scope);
                }

                // Nonce and state are checked by the handler (ProtocolValidator.RequireNonce, state in a protected cookie).
                options.ProtocolValidator.RequireNonce = true;
                ProviderAuthenticationAge.Apply(options, oidc.MaxAuthenticationAge);

                // Ask for the claims that say how the user signed in there (OpenID Connect Core 5.5); a provider that does not
                // know the parameter ignores it. Whether they show a second factor is read in ExternalLogin (TwoStepSignInPolicy).
                options.Events.OnRedirectToIdentityProvider = context =>
                {
                    var twoStep = context.HttpContext.RequestServices.GetRequiredService<IOptions<TwoStepSignInOptions>>().Value;
                    context.ProtocolMessage.SetParameter("claims", """{"id_token":{"amr":null,"acr":null}}""");
                    if (twoStep.ProviderAcrValues.Count > 0)
                    {
                        context.ProtocolMessage.AcrValues = string.Join(' ', twoStep.ProviderAcrValues);
                    }

                    return Task.CompletedTask;
                };

                // A replayed, cancelled or tampered sign-in goes back to the sign-in page with a message, not to an error page.
                options.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/umbraco/login?external=failed");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });

            // Over HTTPS the correlation and nonce cookies are __Host- prefixed, Secure and for path / (ASVS 3.3.1), as
            // every other cookie of the site: a sibling subdomain cannot plant or overwrite them.
            services.AddOptions<OpenIdConnectOptions>(OidcScheme).Configure<IHttpContextAccessor>((options, accessor) =>
            {
                options.CorrelationCookie = new HostPrefixedCookieBuilder(accessor, options.CorrelationCookie);
                options.NonceCookie = new HostPrefixedCookieBuilder(accessor, options.NonceCookie);
            });

            // After the handler's own post-configure, which builds the configuration manager from Authority and the back channel.
            services.PostConfigure<OpenIdConnectOptions>(OidcScheme, options =>
            {
                if (options.ConfigurationManager is { } discovered && options.Authority is { } authority)
                {
                    options.ConfigurationManager = new IssuerCheckedConfigurationManager(discovered, authority);
                }
            });
        }

        services.AddAuthorization(BackofficePolicies.Configure);
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Backoffice/Pages";
            options.Conventions.AuthorizeFolder("/", BackofficePolicies.Access);
            options.Conventions.AllowAnonymousToPage("/Login");
            options.Conventions.AllowAnonymousToPage("/LoginTwoFactor");
            options.Conventions.AllowAnonymousToPage("/ExternalLogin");
            options.Conventions.AllowAnonymousToPage("/Setup");
            options.Conventions.AllowAnonymousToPage("/ResetPassword");
            options.Conventions.AllowAnonymousToPage("/AccessDenied");
            options.Conventions.AuthorizeFolder("/Admin", BackofficePolicies.Admin);
            // The whole site's log names every user and what they did; an editor sees an item's own history instead.
            options.Conventions.AuthorizePage("/Audit", BackofficePolicies.Admin);
        }).AddMvcOptions(options =>
        {
            options.Filters.Add<RefuseUnmatchedPageHandler>();
            options.Filters.Add<LogAntiforgeryFailures>();
        });

        services.AddSingleton<BackofficeText>();
        services.AddHostedService<BackofficeStartup>();
        services.AddSingleton<FirstAdminSetup>();
        services.AddContentAuthorization();
        services.AddSingleton<BackofficeTree>();
        services.AddSingleton<Tree.ContentTreeReader>();
        services.AddSingleton<TagSuggestions>();
        services.AddSingleton<Approvals>();
        services.AddSingleton<MoveTargets>();
        services.AddSingleton<EditorStateLoader>();
        services.AddSingleton<SaveConflicts>();
        services.AddSingleton<EditFields>();
        services.AddSingleton<PreviewLinks>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return builder;
    }

    public static WebApplication MapBackoffice(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<TwoStepSignInGate>(); // a session that still has to enrol reaches only the enrolment page
        app.UseMiddleware<BackofficeLanguageMiddleware>(); // after sign-in is known (the editor's stored language), before the pages
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapLinkTargets();
        app.MapPickerSearch();
        app.MapTagSuggestions();
        app.Lifetime.ApplicationStarted.Register(() => _ = PrintSetupLinkAsync(app));
        return app;
    }

    private static async Task PrintSetupLinkAsync(WebApplication app)
    {
        var token = await app.Services.GetRequiredService<FirstAdminSetup>().EnsureTokenAsync();
        if (token is not null)
        {
            var address = app.Urls.FirstOrDefault()?.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal) ?? "";
            Console.WriteLine($"No backoffice users yet. Create the first admin (one-time link, valid {FirstAdminSetup.Lifetime.TotalHours} hours; a restart makes a new one): {address}/umbraco/setup?token={token}");
        }
    }
}
