using FundingPortal.Api;

var app = FundingPortalApp.Build(args);
await FundingPortalApp.InitialiseAsync(app);
await app.RunAsync();

public partial class Program;
