using FundingPortal.Api;
using FundingPortal.Api.Endpoints.Audit;

if (AuditCommands.IsCommand(args))
{
    return await AuditCommands.RunAsync(args, Console.Out);
}

var app = FundingPortalApp.Build(args);
await FundingPortalApp.InitialiseAsync(app);
await app.RunAsync();
return 0;

public partial class Program;
