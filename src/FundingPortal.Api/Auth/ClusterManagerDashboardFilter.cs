using FundingPortal.Application.Common;
using Hangfire.Dashboard;

namespace FundingPortal.Api.Auth;

/// <summary>Hangfire's dashboard for cluster managers only (bearer token or Identity cookie, roles read fresh from the database).</summary>
internal sealed class ClusterManagerDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.ClusterManager);
}
