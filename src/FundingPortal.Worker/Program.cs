namespace FundingPortal.Worker;

public static class WorkerProgram
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var host = builder.Build();
        await host.RunAsync();
    }
}
