using FundingPortal.Application.Labelling;
using FundingPortal.Application.Labelling.DecideLabelling;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reminders;
using FundingPortal.Application.Reviews;
using FundingPortal.Application.Reviews.Access;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Assignments.AcceptAssignment;
using FundingPortal.Application.Reviews.Assignments.AssignExpert;
using FundingPortal.Application.Reviews.Assignments.AutoAssign;
using FundingPortal.Application.Reviews.Assignments.PreviewAutoAssignment;
using FundingPortal.Application.Reviews.Assignments.DeclineAssignment;
using FundingPortal.Application.Reviews.Assignments.GetMyAssignment;
using FundingPortal.Application.Reviews.Assignments.ListExpertCandidates;
using FundingPortal.Application.Reviews.Assignments.ListMyAssignments;
using FundingPortal.Application.Reviews.Assignments.ListProposalAssignments;
using FundingPortal.Application.Reviews.Assignments.RemoveAssignment;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Application.Reviews.Evaluation.GetCallRanking;
using FundingPortal.Application.Reviews.Evaluation.GetEvaluation;
using FundingPortal.Application.Reviews.Experts;
using FundingPortal.Application.Reviews.Experts.CreateExpert;
using FundingPortal.Application.Reviews.Experts.DeclareConflict;
using FundingPortal.Application.Reviews.Experts.GetMyExpertProfile;
using FundingPortal.Application.Reviews.Experts.ListCallExperts;
using FundingPortal.Application.Reviews.Experts.ListExperts;
using FundingPortal.Application.Reviews.Reviewing;
using FundingPortal.Application.Reviews.Reviewing.GetReview;
using FundingPortal.Application.Reviews.Reviewing.SaveReviewDraft;
using FundingPortal.Application.Reviews.Reviewing.SubmitReview;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class ReviewsRegistration
{
    /// <summary>Experts, conflicts of interest, assignments, reviews, evaluation, ranking and the labelling decision.</summary>
    public static IServiceCollection AddReviewsAndLabelling(this IServiceCollection services)
    {
        services.AddScoped<ConflictProfiles>();
        services.AddScoped<ConflictedProposals>();
        services.AddScoped<CallExperts>();
        services.AddScoped<IProposalRelationSource, AssignedExpertRelation>();
        services.AddScoped<IProposalListFilter, AssignedProposalsFilter>();

        services.AddScoped<CreateExpert>();
        services.AddScoped<DeclareConflict>();
        services.AddScoped<ListCallExperts>();
        services.AddScoped<GetMyExpertProfile>();
        services.AddScoped<ListExperts>();

        services.AddScoped<AssignmentPlanner>();
        services.AddScoped<AssignmentRecorder>();
        services.AddScoped<SlotRefiller>();
        services.AddScoped<OwnAssignments>();
        services.AddScoped<AutoAssign>();
        services.AddScoped<PreviewAutoAssignment>();
        services.AddScoped<AssignExpert>();
        services.AddScoped<RemoveAssignment>();
        services.AddScoped<DeclinedSlots>();
        services.AddScoped<AssignmentViews>();
        services.AddScoped<AcceptAssignment>();
        services.AddScoped<DeclineAssignment>();
        services.AddScoped<ListMyAssignments>();
        services.AddScoped<GetMyAssignment>();
        services.AddScoped<ListProposalAssignments>();
        services.AddScoped<ListExpertCandidates>();

        services.AddScoped<ReviewSheets>();
        services.AddScoped<GetReview>();
        services.AddScoped<SaveReviewDraft>();
        services.AddScoped<SubmitReview>();
        services.AddScoped<EvaluationRefresher>();
        services.AddScoped<EvaluationBuilder>();
        services.AddScoped<GetEvaluation>();
        services.AddScoped<GetCallRanking>();
        services.AddScoped<IPendingReviews, PendingReviewsFromAssignments>();

        services.AddScoped<LabellingDecisionRecorder>();
        services.AddScoped<DecideLabelling>();
        services.AddScoped<LabellingDocuments>();
        return services;
    }
}
