using Hangfire;

namespace FundingPortal.Api.Auth;

internal static class JobsDashboard
{
    public const string Path = "/hangfire";

    public static DashboardOptions Options() => new()
    {
        Authorization = [new ClusterManagerDashboardFilter()],
        DashboardTitle = "FundingPortal — tâches planifiées",
        DisplayStorageConnectionString = false,
        AppPath = "/",
    };
}
