using FundingPortal.Application.CoFunding;
using FundingPortal.Application.Reporting;
using FundingPortal.Infrastructure.Reporting.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.CoFunding;

public static class CoFundingInfrastructure
{
    public static IServiceCollection AddCoFundingInfrastructure(this IServiceCollection services)
    {
        services.AddScoped<IEnvelopeLedger, SqlEnvelopeLedger>();
        services.AddSingleton<IExportFormatter, CsvExportFormatter>();
        services.AddSingleton<IExportFormatter, XlsxExportFormatter>();
        return services;
    }
}
