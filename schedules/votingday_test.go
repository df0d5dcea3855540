package schedules_test

import "github.com/kalender-pemilu/tahapan/tahapan"

// votingDay returns the voting day of a schedule that has one.
func votingDay(s *tahapan.Schedule) tahapan.Date {
	d, ok := s.VotingDay()
	if !ok {
		panic("schedule " + s.ID + " has no voting day")
	}
	return d
}
