using FundingPortal.Application.FundingSimulation.SimulateFunding;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class FundingSimulationRegistration
{
    public static IServiceCollection AddFundingSimulation(this IServiceCollection services) => services.AddScoped<SimulateFunding>();
}
